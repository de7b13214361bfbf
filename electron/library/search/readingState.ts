import type { Database, Statement } from 'better-sqlite3';

/** Read and starred flags on articles. Each call is one statement over the given ids, whatever their number. */
export class ReadingState {
  private readonly markRead: Statement<{ ids: string; now: string }>;
  private readonly markUnread: Statement<{ ids: string }>;
  private readonly star: Statement<{ ids: string; starred: number }>;

  constructor(db: Database) {
    const inIds = 'id IN (SELECT value FROM json_each(@ids))';
    // Already-read articles keep the time they were first read.
    this.markRead = db.prepare(`UPDATE articles SET read_at = @now WHERE ${inIds} AND read_at IS NULL`);
    this.markUnread = db.prepare(`UPDATE articles SET read_at = NULL WHERE ${inIds} AND read_at IS NOT NULL`);
    this.star = db.prepare(`UPDATE articles SET starred = @starred WHERE ${inIds} AND starred <> @starred`);
  }

  /** Returns how many articles changed. */
  setRead(ids: readonly number[], read: boolean): number {
    const json = JSON.stringify(ids);
    return (read ? this.markRead.run({ ids: json, now: new Date().toISOString() }) : this.markUnread.run({ ids: json })).changes;
  }

  setStarred(ids: readonly number[], starred: boolean): number {
    return this.star.run({ ids: JSON.stringify(ids), starred: starred ? 1 : 0 }).changes;
  }
}
