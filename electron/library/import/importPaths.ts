import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ImportResult, MovedCounts } from '../../common/contract/importsContract';
import type { HighlightStore } from '../annotations/HighlightStore';
import type { PictureStore } from '../articles/PictureStore';
import type { ArticleStore } from '../articles/ArticleStore';
import type { EntityStore } from '../entities/store/EntityStore';
import { explainSqliteError } from '../db/LibraryError';
import { RequestError } from '../../common/RequestError';
import { MAX_ARTICLE_BYTES, TOO_LARGE } from '../parse/parseArticle';
import { ImportMemory } from './ImportMemory';
import { ParsePool } from './ParsePool';
import { PrepareDemand } from './PrepareDemand';
import { prepareArticle, type Prepared } from './prepareArticle';
import { completeAdded, writeArticle, type ArticleToWrite } from './writeArticle';
import { describeFsError, walkArticleFiles } from './walkArticleFiles';
import type { MovedExport } from '../moves/MovedExport';
import { recogniseExport } from '../moves/recogniseExport';
import { isZip } from '../moves/readOmnivore';
import { readLibraryManifest, type LibraryManifest } from '../export/library/libraryManifest';
import { mergeFullTextSegments } from '../search/mergeFullTextSegments';

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface ImportContext {
  db: Database;
  articles: ArticleStore;
  pictures: PictureStore;
  entities: EntityStore;
  /** Re-anchored when an article's text changes. */
  highlights: HighlightStore;
  dbFile: string;
  /** Brings in another app's export, once every article file of the import is written (its highlights may be theirs). */
  moveIn(exported: MovedExport): MovedCounts;
  /** Brings back a library exported by Dossier, recognised by its manifest. */
  moveInLibrary(folder: string, manifest: LibraryManifest): MovedCounts;
}

/** Files per transaction: large enough to amortise commits, small enough to report progress and stay responsive. */
const BATCH_SIZE = 200;
/**
 * Below one batch, files are parsed on this thread: a worker thread takes 0.3 s to load the parsers (seconds on a
 * loaded machine), more than a few files take to parse. Such files have no time budget (ParsePool), only the
 * scan for known slow shapes (findSlowShape) that every parse starts with.
 */
const WORKERS_FROM = BATCH_SIZE;

/** The longest the walk holds the thread between pauses for the reader's requests. */
const PAUSE_EVERY_MS = 50;

/** A file of a batch: read and hashed, and either settled already (unreadable, a known duplicate) or being prepared. */
type Item = { file: string; settled: ImportResult } | { file: string; contentHash: string; prepared: Promise<Prepared> };

/** Another app's export, recognised by its content: brought in after the articles. */
type Moved = { file: string; exported: MovedExport };

/** A file of a batch once prepared: its result already, or what to write. */
type Ready = ImportResult | { file: string; contentHash: string; prepared: Prepared };

interface Preparer {
  prepare(file: string, bytes: Uint8Array): Promise<Prepared>;
  /** The writer waited for a batch to be prepared: another thread would help. */
  more(): void;
  close(): Promise<void>;
}

const IN_THIS_THREAD: Preparer = { prepare: async (file, bytes) => prepareArticle(file, bytes), more: () => {}, close: async () => {} };

/**
 * Imports files and folders. Files are parsed on worker threads while the main thread writes the previous batch;
 * each batch is one transaction, written in walk order, so a crash leaves whole batches in or out. A file that
 * fails is reported and the rest go on.
 */
export async function importPaths(ctx: ImportContext, given: readonly string[], onProgress?: (progress: ImportProgress) => void): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  // A library exported by Dossier is a folder read as a whole, by its manifest, not as a folder of articles.
  const libraries = given.flatMap((p) => {
    const manifest = readLibraryManifest(p);
    return manifest ? [{ folder: path.resolve(p), manifest }] : [];
  });
  const paths = given.filter((p) => !libraries.some((l) => l.folder === path.resolve(p)));
  // A first walk only lists names, so progress can say "n of total" without holding any file's content.
  let total = 0;
  for (const _ of walkArticleFiles(paths)) total++;
  const preparer = total >= WORKERS_FROM ? new ParsePool() : IN_THIS_THREAD;
  const memory = preparer === IN_THIS_THREAD ? null : new ImportMemory(ctx.db);
  const write = ctx.db.transaction((ready: Ready[], now: string) => results.push(...writeBatch(ctx, ready, now)));
  // Progress counts files as they are read, in whatever order their parsing ends; a batch is written once all its files are read.
  let read = 0;
  const readDone = (file: string) => onProgress?.({ done: ++read, total, file });
  const demand = new PrepareDemand(() => preparer.more());
  const flush = async (items: Item[]) => {
    memory?.fit();
    const waitStarted = performance.now();
    const ready = await Promise.all(items.map(async (item): Promise<Ready> => ('settled' in item ? item.settled : { ...item, prepared: await item.prepared })));
    const writeStarted = performance.now();
    const before = results.length;
    try {
      write(ready, new Date().toISOString());
      demand.written(writeStarted - waitStarted, performance.now() - writeStarted);
    } catch (err) {
      results.length = before;
      throw explainSqliteError(ctx.dbFile, err);
    }
    // The reader's requests are served between batches.
    await new Promise((resolve) => setImmediate(resolve));
  };
  try {
    let batch: Item[] = [];
    let files = 0;
    let previous: Item[] | null = null;
    let lastPause = performance.now();
    const moved: Moved[] = [];
    for (const entry of walkArticleFiles(paths)) {
      const read: Item | Moved =
        'error' in entry ? { file: entry.file, settled: { file: entry.file, status: 'error', error: entry.error } } : readOne(ctx, entry.file, preparer);
      if ('exported' in read) {
        moved.push(read);
        readDone(read.file);
        continue;
      }
      const item = read;
      if ('settled' in item) readDone(item.file);
      else void item.prepared.finally(() => readDone(item.file)).catch(() => {});
      batch.push(item);
      // Files parsed on this thread, and reading and hashing, would otherwise hold the thread for a whole batch: a pause
      // now and then lets the reader's requests (the import's progress among them) be answered.
      if (performance.now() - lastPause > PAUSE_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastPause = performance.now();
      }
      if ('error' in entry || ++files < BATCH_SIZE) continue;
      // This batch is being prepared while the one before is written.
      if (previous) await flush(previous);
      [previous, batch, files] = [batch, [], 0];
    }
    if (previous) await flush(previous);
    if (batch.length > 0) await flush(batch);
    for (const m of moved) results.push(settleMove(ctx, m.file, () => ctx.moveIn(m.exported)));
    for (const l of libraries) results.push(settleMove(ctx, l.folder, () => ctx.moveInLibrary(l.folder, l.manifest)));
    // Each batch adds segments to the full-text indexes, which every search then reads one by one; a few files add too
    // few to be worth rewriting the index for.
    if (preparer !== IN_THIS_THREAD) mergeSegments(ctx);
  } finally {
    memory?.restore();
    await preparer.close();
  }
  return results;
}

function mergeSegments(ctx: ImportContext): void {
  try {
    mergeFullTextSegments(ctx.db);
  } catch (err) {
    throw explainSqliteError(ctx.dbFile, err);
  }
}

/**
 * Reads and hashes the file; a file already in the library (by path and content, or by content) is not parsed again.
 * Another app's export, told by its content, is read here and brought in after the articles.
 */
function readOne(ctx: ImportContext, file: string, preparer: Preparer): Item | Moved {
  let bytes: Buffer;
  try {
    // Checked before reading, so a huge file never fills memory.
    const { size } = fs.statSync(file);
    if (size > MAX_ARTICLE_BYTES && !(size <= MAX_EXPORT_BYTES && isZipFile(file))) return { file, settled: { file, status: 'error', error: TOO_LARGE } };
    bytes = fs.readFileSync(file);
  } catch (err) {
    return { file, settled: { file, status: 'error', error: describeFsError(err, 'the file cannot be read') } };
  }
  try {
    const exported = recogniseExport(bytes);
    if (exported) return { file, exported };
  } catch (err) {
    return { file, settled: { file, status: 'error', error: `it looks like another app's export, but cannot be read (${(err as Error).message})` } };
  }
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  const duplicate = duplicateOf(ctx, file, contentHash);
  if (duplicate !== undefined) return { file, settled: { file, status: 'duplicate', id: duplicate } };
  const prepared = preparer.prepare(file, bytes);
  // Awaited only when its batch is written; until then a failure must not count as unhandled.
  prepared.catch(() => {});
  return { file, contentHash, prepared };
}

/** An export zip (Omnivore's) may be larger than any article: its pages are read one by one. */
const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** Whether the file starts as a zip does, read from its first bytes. */
function isZipFile(file: string): boolean {
  const head = new Uint8Array(4);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  return isZip(head);
}

/** An export brought in: "added" when it added anything, else "duplicate" (everything in it was here already). */
function settleMove(ctx: ImportContext, file: string, run: () => MovedCounts): ImportResult {
  let counts: MovedCounts;
  try {
    counts = run();
  } catch (err) {
    if (err instanceof RequestError) return { file, status: 'error', error: err.message };
    throw explainSqliteError(ctx.dbFile, err);
  }
  const added = counts.added + counts.highlights + counts.orphaned > 0;
  return { file, status: added ? 'added' : 'duplicate', moved: counts };
}

/** The article this file duplicates: itself unchanged (`existing`, the article read from it before), or another file with the same content. */
function duplicateOf(ctx: ImportContext, file: string, contentHash: string, existing = ctx.articles.findByFile(file)): number | undefined {
  if (existing) return existing.contentHash === contentHash ? existing.id : undefined;
  return ctx.articles.findIdByHash(contentHash);
}

/**
 * Writes a batch's files, in its transaction, with the same results as writing them one by one in order. Changed
 * articles are written as they come; new ones all at once at the end (ArticleStore.insertMany), so a file is known
 * as the twin of an earlier new one of the batch by its content here rather than in the library.
 */
function writeBatch(ctx: ImportContext, ready: Ready[], now: string): ImportResult[] {
  const results: (ImportResult | { file: string; twinOf: number })[] = [];
  const added: { at: number; toWrite: ArticleToWrite }[] = [];
  const byContent = new Map<string, number>();
  for (const r of ready) {
    if ('status' in r) {
      results.push(r);
      continue;
    }
    const { file, contentHash, prepared } = r;
    const found = ctx.articles.findByFile(file);
    const existing = found?.id;
    const duplicate = duplicateOf(ctx, file, contentHash, found);
    // Only a file new to the library can be a twin: a changed one is written over its article whatever its content.
    const twin = existing === undefined && duplicate === undefined ? byContent.get(contentHash) : undefined;
    if (duplicate !== undefined) results.push({ file, status: 'duplicate', id: duplicate });
    else if (twin !== undefined) results.push({ file, twinOf: twin });
    else if (!prepared.ok) results.push({ file, status: 'error', error: prepared.error });
    else {
      const toWrite = { file, contentHash, ...prepared.value };
      if (existing !== undefined) results.push({ file, ...writeArticle(ctx, toWrite, existing, now) });
      else {
        byContent.set(contentHash, added.length);
        added.push({ at: results.length, toWrite });
        results.push({ file, status: 'added' });
      }
    }
  }
  const ids = ctx.articles.insertMany(
    added.map(({ toWrite }) => toWrite),
    now,
  );
  added.forEach(({ at, toWrite }, i) => (results[at] = { file: toWrite.file, ...completeAdded(ctx, ids[i]!, toWrite) }));
  return results.map((r) => ('twinOf' in r ? { file: r.file, status: 'duplicate', id: ids[r.twinOf]! } : r));
}
