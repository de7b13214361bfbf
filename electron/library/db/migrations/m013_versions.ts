import type { Migration } from '../Migration';

/**
 * Earlier versions of an article's text, kept when a re-imported file, a changed feed item or a page fetched for a
 * waiting article replaces it. `articles.version` numbers the current text (1 until it first changes); each earlier
 * version is one row, its text compressed against the next version's (articles/versionText.ts). Highlights say on
 * which version they were made (null: made before versions were kept), so an orphaned one can show its old passage.
 */
export const m013Versions: Migration = {
  version: 13,
  name: 'versions',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
      CREATE TABLE article_versions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        -- When this text came in (the article's updated_at while it was current).
        imported_at TEXT NOT NULL,
        words INTEGER NOT NULL CHECK (words >= 0),
        title TEXT NOT NULL,
        -- The body, deflated with the next version's body as the dictionary.
        text BLOB NOT NULL,
        PRIMARY KEY (article_id, version)
      );
      ALTER TABLE highlights ADD COLUMN version INTEGER CHECK (version IS NULL OR version >= 1);
    `);
  },
};
