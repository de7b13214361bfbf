import type { Database, Statement } from 'better-sqlite3';

/** A connection's rows written by writeQuietly, of each kind, how it counts its rows written in all, and whether one runs. */
interface Quiet {
  settings: number;
  positions: number;
  total: Statement;
  running: boolean;
}

/**
 * Rows each connection wrote that few or no queries read: settings (the query being typed, the article to reopen, the
 * reader's settings), which none reads, and reading positions, which only `is:inprogress` and `sort:progress` read.
 * Opening an article stores both, and the search box stores its query as it is typed: counted as changes, each
 * dropped every answer the list and the filter pane had kept (at a million articles, about 9 ms more for the list's
 * next page of `president`). Rows written by triggers count with the write, as in total_changes.
 */
const quiet = new WeakMap<Database, Quiet>();

/** Runs `write`, whose rows then count as changes only for what reads them (LibraryRevision); inside another, as its. */
export function writeQuietly<T>(db: Database, kind: 'settings' | 'positions', write: () => T): T {
  let counts = quiet.get(db);
  if (!counts) quiet.set(db, (counts = { settings: 0, positions: 0, total: db.prepare('SELECT total_changes()').pluck(), running: false }));
  if (counts.running) return write();
  const before = counts.total.get() as number;
  counts.running = true;
  try {
    return write();
  } finally {
    counts.running = false;
    counts[kind] += (counts.total.get() as number) - before;
  }
}

/** Whether SQL, or a key holding it, reads articles' reading positions: then writing one changes what it gives. */
export const readsPositions = (sql: string) => sql.includes('reading_position');

/**
 * A value that changes whenever anything in the library may have changed: rows written by this connection
 * (total_changes, less those no query reads: writeQuietly) or a commit by any other (data_version: the CLI importing
 * into the library the app has open). Whatever was computed from the library under one value still holds while it
 * stays the same.
 */
export class LibraryRevision {
  private readonly changes: Statement;
  private readonly version: Statement;

  constructor(private readonly db: Database) {
    this.changes = db.prepare('SELECT total_changes()').pluck();
    this.version = db.prepare('PRAGMA data_version').pluck();
  }

  /** `positions`: whether what it is asked for reads reading positions (readsPositions). */
  current(positions: boolean): string {
    const counts = quiet.get(this.db);
    const unread = counts ? counts.settings + (positions ? 0 : counts.positions) : 0;
    return `${String(this.version.get())}.${(this.changes.get() as number) - unread}`;
  }
}
