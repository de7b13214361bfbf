import type { Database, Statement } from 'better-sqlite3';
import { type AdditionMark, type FacetAdditions, facetAdditions } from './FacetAdditions';
import { ArticleAdder, type GroupKeys } from './ArticleAdder';
import { onePerConnection } from '../db/onePerConnection';
import { nativeBindingOf } from '../db/openDatabase';
import { startWorker } from '../workers/startWorker';
import { foregroundOf } from '../workers/Foreground';
import { type ARCHIVED, type FacetSnapshot, PRESENT, type STARRED, type TRASHED, type UNREAD } from './facetSnapshot';
import { FacetSnapshotReader, type ReadSnapshot } from './FacetSnapshotReader';
import type { SnapshotWorkerData } from './snapshotWorker';

/** Reads by a worker before the snapshot is built on the main thread, when changes keep making them out of date. */
const WORKER_READS = 3;
/**
 * Below this many articles (by the largest id) the snapshot is read on this thread: 240 ms at 100,000 articles, so
 * about 25 ms here, less than a worker takes to start.
 */
const OFF_THREAD_FROM = 10_000;

/** How the snapshot is read off the main thread, and from how many articles (by the largest id). */
export interface OffThread {
  read(db: Database): Promise<ReadSnapshot | null>;
  fromArticles: number;
}

/**
 * The snapshot of one connection's library, rebuilt on first use after anything it holds changed: triggers move
 * `facet_revision` on every such change, by any code or process (the CLI importing into the library the app has
 * open). Read, starred, archived and trashed changes, the frequent ones, are applied to the snapshot in place by `patch` rather than
 * costing a rebuild; so are new articles and their entities, added by this connection when nothing else counted changed
 * (FacetAdditions).
 */
export class LiveFacetSnapshot {
  private readonly reader: FacetSnapshotReader;
  private readonly revisionStmt: Statement;
  private readonly lastId: Statement<[], number>;
  private readonly additions: FacetAdditions;
  private readonly adder: ArticleAdder;
  private snapshot: FacetSnapshot | null = null;
  private keys: GroupKeys = { person: [], place: [], org: [], tags: [] };
  private revision = -1;
  /** Where the articles added stood at `revision`; null when what changes next cannot be known. */
  private mark: AdditionMark | null = null;

  /** A read by a worker thread under way. */
  private reading: Promise<void> | null = null;
  /**
   * The reading-state changes made while a worker reads (patch), each with the revisions it moved between: replayed
   * on what it read, which they would otherwise leave out of date. Its read pauses while the reader is answered
   * (Foreground), and opening articles (each marked read) would have it read again, at a million articles after
   * seconds of reading, and at last here.
   */
  private patchedMeanwhile: Patch[] | null = null;

  /** `offThread`: tests read small libraries off the thread, and change the library during the read. */
  constructor(
    private readonly db: Database,
    private readonly offThread: OffThread = { read: readInWorker, fromArticles: OFF_THREAD_FROM },
  ) {
    this.reader = new FacetSnapshotReader(db);
    this.revisionStmt = db.prepare('SELECT n FROM facet_revision').pluck();
    this.lastId = db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM articles').pluck();
    this.additions = facetAdditions(db);
    this.adder = new ArticleAdder(db);
  }

  get(): FacetSnapshot {
    const now = this.currentRevision();
    if (!this.snapshot || (now !== this.revision && !this.addNew(now))) this.take(this.additions.mark(), this.reader.read());
    return this.snapshot!;
  }

  /**
   * The snapshot as `get` gives it, read by a worker thread with a connection of its own when it must be built
   * again, so that the process answers other requests meanwhile (at a million articles reading it takes 2.7 s). What
   * the worker read holds if nothing counted changed since; else it is read again, and at last here.
   */
  async ready(): Promise<FacetSnapshot> {
    if (this.lastId.get()! < this.offThread.fromArticles) return this.get();
    for (let read = 0; read < WORKER_READS && !this.built(); read++) {
      this.reading ??= this.readOffThread().finally(() => (this.reading = null));
      await this.reading;
    }
    return this.get();
  }

  private async readOffThread(): Promise<void> {
    this.patchedMeanwhile = [];
    try {
      const read = await this.offThread.read(this.db);
      if (read && this.caughtUp(read)) this.take(this.additions.mark(), read);
    } finally {
      this.patchedMeanwhile = null;
    }
  }

  /**
   * Whether what a worker read holds now, once the reading-state changes made since are applied to it: only when they
   * are all that moved the revision since its read (each change is one statement, so the read saw all of one or none).
   */
  private caughtUp(read: ReadSnapshot): boolean {
    let at = read.revision;
    for (const { ids, bit, on, from, to } of this.patchedMeanwhile ?? []) {
      if (to <= at) continue;
      if (from !== at) return false;
      setFlag(read.snapshot.flags, ids, bit, on);
      at = to;
    }
    if (at !== this.currentRevision()) return false;
    read.revision = at;
    return true;
  }

  private take(mark: AdditionMark | null, { snapshot, keys, revision }: ReadSnapshot): void {
    this.mark = mark;
    this.snapshot = snapshot;
    this.keys = keys;
    this.revision = revision;
  }

  /**
   * The snapshot if one was built and holds now (or does once the articles added since are added to it), else null:
   * for what can be answered without it too, by SQL, rather than building it (seconds at a million articles).
   */
  built(): FacetSnapshot | null {
    const now = this.currentRevision();
    return this.snapshot && (now === this.revision || this.addNew(now)) ? this.snapshot : null;
  }

  /** Whether the only counted changes since the snapshot were articles added, now added to it. */
  private addNew(now: number): boolean {
    const added = this.mark && this.additions.since(this.mark, now - this.revision);
    const mark = added && this.additions.mark();
    if (!this.snapshot || !added || !mark || mark.dataVersion !== this.mark!.dataVersion) return false;
    if (!this.adder.add(this.snapshot, this.keys, added)) return false;
    // Another connection writing meanwhile would have changed what was read: the snapshot, changed, is built again.
    if (this.additions.since(mark, 0) === null) {
      this.snapshot = null;
      return false;
    }
    this.mark = mark;
    this.revision = now;
    return true;
  }

  /**
   * Runs `change`, which sets or clears `bit` on the given articles, and applies it to the snapshot if the
   * snapshot was up to date before: then nothing else can have changed in between.
   */
  patch<T>(ids: readonly number[], bit: Patch['bit'], on: boolean, change: () => T): T {
    const from = this.currentRevision();
    const current = this.snapshot !== null && from === this.revision;
    const result = change();
    const to = this.currentRevision();
    this.patchedMeanwhile?.push({ ids: [...ids], bit, on, from, to });
    if (current && this.snapshot) {
      setFlag(this.snapshot.flags, ids, bit, on);
      this.revision = to;
      this.mark = this.additions.mark();
    }
    return result;
  }

  private currentRevision(): number {
    return this.revisionStmt.get() as number;
  }
}

/** A reading-state change: `bit` set or cleared on articles `ids`, moving the revision `from` one `to` another. */
interface Patch {
  ids: readonly number[];
  bit: typeof UNREAD | typeof STARRED | typeof ARCHIVED | typeof TRASHED;
  on: boolean;
  from: number;
  to: number;
}

function setFlag(flags: Uint8Array, ids: readonly number[], bit: Patch['bit'], on: boolean): void {
  for (const id of ids) {
    const f = flags[id];
    if (f !== undefined && f & PRESENT) flags[id] = on ? f | bit : f & ~bit;
  }
}

/** The one snapshot of a connection, shared by the facet counts and the reading state that patches it. */
export const liveFacetSnapshot = onePerConnection((db) => new LiveFacetSnapshot(db));

/** The snapshot read by a worker thread with a connection of its own; null when it cannot (its thread failed to start, the file is gone). */
export function readInWorker(db: Database): Promise<ReadSnapshot | null> {
  const data: SnapshotWorkerData = { file: db.name, nativeBinding: nativeBindingOf(db), foreground: foregroundOf(db).shared };
  const worker = startWorker(__dirname, 'snapshotWorker', { workerData: data });
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}
