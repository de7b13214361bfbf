import type { Migration } from '../Migration';

/**
 * Pictures articles show, kept in the library (so a backup of the file carries them and the reader never loads one
 * from the network), once each by the SHA-256 of their bytes however many articles show them. A picture goes when
 * the last article showing it does.
 */
export const m009Pictures: Migration = {
  version: 9,
  name: 'pictures',
  up(db) {
    db.exec(`
      CREATE TABLE pictures (
        hash TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        bytes BLOB NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE article_pictures (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        hash TEXT NOT NULL REFERENCES pictures(hash),
        PRIMARY KEY (article_id, hash)
      ) WITHOUT ROWID;
      CREATE INDEX article_pictures_hash ON article_pictures(hash);
      CREATE TRIGGER pictures_unshown AFTER DELETE ON article_pictures
        WHEN NOT EXISTS (SELECT 1 FROM article_pictures WHERE hash = old.hash) BEGIN
        DELETE FROM pictures WHERE hash = old.hash;
      END;
    `);
  },
};
