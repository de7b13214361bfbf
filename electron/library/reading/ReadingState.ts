import type { Database, Statement } from 'better-sqlite3';
import { liveFacetSnapshot, type LiveFacetSnapshot, STARRED, UNREAD } from '../facets/facetSnapshot';

/**
 * Read and starred flags on articles. Each call is one statement over the given ids, whatever their number, and
 * is applied to the facet snapshot too: opening an article marks it read, which must not cost a rebuild of the counts.
 */
export class ReadingState {
  private readonly snapshot: LiveFacetSnapshot;
  private readonly markRead: Statement<{ ids: string; now: string }>;
  private readonly markUnread: Statement<{ ids: string }>;
  private readonly star: Statement<{ ids: string; starred: number }>;

  constructor(db: Database) {
    this.snapshot = liveFacetSnapshot(db);
    const inIds = 'id IN (SELECT value FROM json_each(@ids))';
    // Already-read articles keep the time they were first read.
    this.markRead = db.prepare(`UPDATE articles SET read_at = @now WHERE ${inIds} AND read_at IS NULL`);
    this.markUnread = db.prepare(`UPDATE articles SET read_at = NULL WHERE ${inIds} AND read_at IS NOT NULL`);
    this.star = db.prepare(`UPDATE articles SET starred = @starred WHERE ${inIds} AND starred <> @starred`);
  }

  /** Returns how many articles changed. */
  setRead(ids: readonly number[], read: boolean): number {
    const json = JSON.stringify(ids);
    return this.snapshot.patch(
      ids,
      UNREAD,
      !read,
      () => (read ? this.markRead.run({ ids: json, now: new Date().toISOString() }) : this.markUnread.run({ ids: json })).changes,
    );
  }

  setStarred(ids: readonly number[], starred: boolean): number {
    return this.snapshot.patch(ids, STARRED, starred, () => this.star.run({ ids: JSON.stringify(ids), starred: starred ? 1 : 0 }).changes);
  }
}
