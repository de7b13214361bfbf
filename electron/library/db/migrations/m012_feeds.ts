import type { Migration } from '../Migration';

/**
 * Feeds subscribed to, and the items each has given, each item tied to the article it became. A feed keeps what
 * its server last said (validators for conditional requests, when it may be asked again, why it last failed). An
 * item is known by its GUID, else its URL, else a hash of its content, so a changed item updates its article in
 * place; it outlives its article (emptied from the Trash), so the next refresh does not bring the article back.
 */
export const m012Feeds: Migration = {
  version: 12,
  name: 'feeds',
  up(db) {
    db.exec(`
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        site_url TEXT,
        folder TEXT,
        -- Fetch the page of an item that carries only a summary, and keep the page's article instead.
        full_text INTEGER NOT NULL DEFAULT 1,
        -- The schedule asks a feed again no sooner than this.
        interval_minutes INTEGER NOT NULL DEFAULT 30,
        etag TEXT,
        last_modified TEXT,
        last_checked TEXT,
        -- Back-off: the server said not before this (429/503 with Retry-After), or failures spaced out the asking.
        next_allowed TEXT,
        last_error TEXT,
        added_at TEXT NOT NULL
      );
      CREATE TABLE feed_items (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        guid TEXT,
        url TEXT,
        -- Of the item as the feed gave it: its identity when it has neither GUID nor URL, and how a change is seen.
        content_hash TEXT NOT NULL,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        first_seen TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX feed_items_guid ON feed_items(feed_id, guid) WHERE guid IS NOT NULL;
      CREATE INDEX feed_items_url ON feed_items(feed_id, url) WHERE url IS NOT NULL;
      CREATE INDEX feed_items_hash ON feed_items(feed_id, content_hash);
      CREATE INDEX feed_items_article ON feed_items(article_id, feed_id);
    `);
  },
};
