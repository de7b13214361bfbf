import type { Database, Statement } from 'better-sqlite3';
import { STARRED, UNREAD } from '../facets/facetSnapshot';
import { liveFacetSnapshot, type LiveFacetSnapshot } from '../facets/LiveFacetSnapshot';
import { writeQuietly } from '../db/libraryRevision';

/**
 * Read and starred flags on articles. Each call is one statement over the given ids, whatever their number, and
 * is applied to the facet snapshot too: opening an article marks it read, which must not cost a rebuild of the counts.
 */
export class ReadingState {
  private readonly snapshot: LiveFacetSnapshot;
  private readonly markRead: Statement<{ ids: string; now: string }>;
  private readonly markUnread: Statement<{ ids: string }>;
  private readonly star: Statement<{ ids: string; starred: number }>;
  private readonly place: Statement<{ id: number; position: number }>;
  private readonly placeOf: Statement<[number], { position: number | null }>;

  constructor(private readonly db: Database) {
    this.snapshot = liveFacetSnapshot(db);
    const inIds = 'id IN (SELECT value FROM json_each(@ids))';
    // Already-read articles keep the time they were first read.
    this.markRead = db.prepare(`UPDATE articles SET read_at = @now WHERE ${inIds} AND read_at IS NULL`);
    this.markUnread = db.prepare(`UPDATE articles SET read_at = NULL WHERE ${inIds} AND read_at IS NOT NULL`);
    this.star = db.prepare(`UPDATE articles SET starred = @starred WHERE ${inIds} AND starred <> @starred`);
    this.place = db.prepare('UPDATE articles SET reading_position = @position WHERE id = @id');
    this.placeOf = db.prepare('SELECT reading_position AS position FROM articles WHERE id = ?');
  }

  /** Where article `id` was left, as a fraction of its scroll range (null if never scrolled); undefined if there is no such article. */
  position(id: number): number | null | undefined {
    return this.placeOf.get(id)?.position;
  }

  /** Returns whether the article exists. */
  setPosition(id: number, position: number): boolean {
    return writeQuietly(this.db, 'positions', () => this.place.run({ id, position }).changes > 0);
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
