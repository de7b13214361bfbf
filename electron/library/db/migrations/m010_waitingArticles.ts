import type { Migration } from '../Migration';

/**
 * Articles known by their address only (a Pocket or Instapaper entry, a Readwise highlight's source), kept until
 * their page is fetched: the address to fetch, a passage the other app kept (Instapaper's selection), since when,
 * and how the last attempts went. The row goes once the article has its text.
 */
export const m010WaitingArticles: Migration = {
  version: 10,
  name: 'waitingArticles',
  up(db) {
    db.exec(`
      CREATE TABLE waiting_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        excerpt TEXT NOT NULL DEFAULT '',
        since TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      );
    `);
  },
};
