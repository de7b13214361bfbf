import type { Database, Statement } from 'better-sqlite3';
import type { FeedSummary } from '../../common/contract/feedsContract';

/** A feed's row as the refresh reads it. */
export interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  siteUrl: string | null;
  folder: string | null;
  fullText: boolean;
  intervalMinutes: number;
  etag: string | null;
  lastModified: string | null;
  lastChecked: string | null;
  nextAllowed: string | null;
  lastError: string | null;
}

/** An item already seen: the article it became (null once that article was deleted for good) and its content's hash. */
export interface KnownItem {
  id: number;
  articleId: number | null;
  contentHash: string;
}

/** What the server last said about a feed, written after each refresh. */
export interface FeedCheck {
  lastChecked: string;
  lastError: string | null;
  nextAllowed: string | null;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  siteUrl?: string | null;
}

type StoredFeed = Omit<FeedRow, 'fullText'> & { fullText: number };

const COLUMNS = `id, url, title, site_url AS siteUrl, folder, full_text AS fullText, interval_minutes AS intervalMinutes, etag,
  last_modified AS lastModified, last_checked AS lastChecked, next_allowed AS nextAllowed, last_error AS lastError`;

/** Articles of a feed that are listed (neither archived nor in the Trash), all and unread. */
const COUNTS = `SELECT fi.feed_id AS feedId, count(*) AS articles, sum(a.read_at IS NULL) AS unread
  FROM feed_items fi JOIN articles a ON a.id = fi.article_id
  WHERE a.archived_at IS NULL AND a.trashed_at IS NULL GROUP BY fi.feed_id`;

/** The feeds and feed_items tables, with prepared statements (SQL stays here). */
export class FeedStore {
  private readonly byId: Statement<[number], StoredFeed>;
  private readonly byUrl: Statement<[string], { id: number }>;
  private readonly all: Statement<[], StoredFeed>;
  private readonly counts: Statement<[], { feedId: number; articles: number; unread: number }>;
  private readonly insertFeed: Statement;
  private readonly itemByGuid: Statement<[number, string], KnownItem>;
  private readonly itemByUrl: Statement<[number, string], KnownItem>;
  private readonly itemByHash: Statement<[number, string], KnownItem>;
  private readonly insertItem: Statement;
  private readonly updateItem: Statement;

  constructor(private readonly db: Database) {
    this.byId = db.prepare(`SELECT ${COLUMNS} FROM feeds WHERE id = ?`);
    this.byUrl = db.prepare('SELECT id FROM feeds WHERE url = ?');
    this.all = db.prepare(`SELECT ${COLUMNS} FROM feeds ORDER BY folder IS NULL, folder COLLATE NOCASE, coalesce(title, url) COLLATE NOCASE, id`);
    this.counts = db.prepare(COUNTS);
    this.insertFeed = db.prepare(`INSERT INTO feeds (url, title, site_url, folder, full_text, added_at)
      VALUES (@url, @title, @siteUrl, @folder, @fullText, @now)`);
    const item = 'SELECT id, article_id AS articleId, content_hash AS contentHash FROM feed_items WHERE feed_id = ?';
    this.itemByGuid = db.prepare(`${item} AND guid = ? ORDER BY id LIMIT 1`);
    this.itemByUrl = db.prepare(`${item} AND url = ? ORDER BY id LIMIT 1`);
    this.itemByHash = db.prepare(`${item} AND content_hash = ? ORDER BY id LIMIT 1`);
    this.insertItem = db.prepare(`INSERT INTO feed_items (feed_id, guid, url, content_hash, article_id, first_seen, updated_at)
      VALUES (@feedId, @guid, @url, @contentHash, @articleId, @now, @now)`);
    this.updateItem = db.prepare('UPDATE feed_items SET guid = @guid, url = @url, content_hash = @contentHash, updated_at = @now WHERE id = @id');
  }

  get(id: number): FeedRow | undefined {
    const row = this.byId.get(id);
    return row && { ...row, fullText: row.fullText === 1 };
  }

  findByUrl(url: string): number | undefined {
    return this.byUrl.get(url)?.id;
  }

  rows(): FeedRow[] {
    return this.all.all().map((row) => ({ ...row, fullText: row.fullText === 1 }));
  }

  /** Every feed with its counts of listed and unread articles, in folders, then by title. */
  list(): FeedSummary[] {
    const counts = new Map(this.counts.all().map((c) => [c.feedId, c]));
    return this.rows().map(({ etag: _etag, lastModified: _lastModified, ...row }) => ({
      ...row,
      articles: counts.get(row.id)?.articles ?? 0,
      unread: counts.get(row.id)?.unread ?? 0,
    }));
  }

  insert(feed: { url: string; title: string | null; siteUrl: string | null; folder: string | null; fullText: boolean }, now: string): number {
    return Number(this.insertFeed.run({ ...feed, fullText: feed.fullText ? 1 : 0, now }).lastInsertRowid);
  }

  /** Records a refresh; title and site are filled from the feed only where none is set (a name the user gave stays). */
  recordCheck(id: number, check: FeedCheck): void {
    const sets = ['last_checked = @lastChecked', 'last_error = @lastError', 'next_allowed = @nextAllowed'];
    if (check.etag !== undefined) sets.push('etag = @etag');
    if (check.lastModified !== undefined) sets.push('last_modified = @lastModified');
    if (check.title !== undefined) sets.push('title = coalesce(title, @title)');
    if (check.siteUrl !== undefined) sets.push('site_url = coalesce(site_url, @siteUrl)');
    this.db.prepare(`UPDATE feeds SET ${sets.join(', ')} WHERE id = @id`).run({ etag: null, lastModified: null, title: null, siteUrl: null, ...check, id });
  }

  update(id: number, changes: { title?: string; folder?: string | null; fullText?: boolean; intervalMinutes?: number }): void {
    const columns = { title: 'title', folder: 'folder', fullText: 'full_text', intervalMinutes: 'interval_minutes' } as const;
    const keys = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => changes[k] !== undefined);
    if (keys.length === 0) return;
    const values = Object.fromEntries(keys.map((k) => [k, k === 'fullText' ? Number(changes.fullText) : changes[k]]));
    this.db.prepare(`UPDATE feeds SET ${keys.map((k) => `${columns[k]} = @${k}`).join(', ')} WHERE id = @id`).run({ ...values, id });
  }

  /** Deletes the feed and what it remembers of its items; their articles stay in the library. */
  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM feeds WHERE id = ?').run(id).changes > 0;
  }

  /** The item already seen with this identity: by GUID, else by URL, else by content. */
  findItem(feedId: number, item: { guid: string | null; url: string | null; contentHash: string }): KnownItem | undefined {
    if (item.guid) return this.itemByGuid.get(feedId, item.guid);
    if (item.url) return this.itemByUrl.get(feedId, item.url);
    return this.itemByHash.get(feedId, item.contentHash);
  }

  addItem(item: { feedId: number; guid: string | null; url: string | null; contentHash: string; articleId: number }, now: string): void {
    this.insertItem.run({ ...item, now });
  }

  updateItemContent(id: number, item: { guid: string | null; url: string | null; contentHash: string }, now: string): void {
    this.updateItem.run({ ...item, id, now });
  }
}
