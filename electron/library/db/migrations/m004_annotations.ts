import type { Migration } from '../Migration';

/**
 * The user's own work: highlights (W3C TextQuote + TextPosition selectors), notes, and tags shared by articles
 * and highlights. Unlike the entity tables nothing here is derived, so nothing here is ever rebuilt: an article
 * that holds annotations cannot be deleted (RESTRICT), and a highlight whose text is gone keeps its quote with
 * NULL offsets (orphaned) rather than disappearing.
 */
export const m004Annotations: Migration = {
  version: 4,
  name: 'annotations',
  up(db) {
    db.exec(`
      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL
      );

      CREATE TABLE highlights (
        id INTEGER PRIMARY KEY,
        -- Stable across exports, backups and imports, so importing the same annotations twice adds nothing.
        uuid TEXT NOT NULL UNIQUE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE RESTRICT,
        exact TEXT NOT NULL CHECK (exact <> ''),
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        start INTEGER,
        end INTEGER,
        color TEXT NOT NULL CHECK (color IN ('yellow', 'red', 'green', 'blue', 'purple')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((start IS NULL AND end IS NULL) OR (start >= 0 AND end > start))
      );
      CREATE INDEX highlights_article ON highlights(article_id, start);
      CREATE INDEX highlights_color ON highlights(color, article_id);
      -- "All highlights" lists the newest first.
      CREATE INDEX highlights_created ON highlights(created_at, id);
      CREATE INDEX highlights_noted ON highlights(article_id) WHERE note <> '';

      -- The "All highlights" view searches highlighted text and notes.
      CREATE VIRTUAL TABLE highlights_fts USING fts5(
        exact, note,
        content='highlights', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
        INSERT INTO highlights_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
      END;
      CREATE TRIGGER highlights_fts_delete AFTER DELETE ON highlights BEGIN
        INSERT INTO highlights_fts(highlights_fts, rowid, exact, note) VALUES ('delete', old.id, old.exact, old.note);
      END;
      CREATE TRIGGER highlights_fts_update AFTER UPDATE OF exact, note ON highlights BEGIN
        INSERT INTO highlights_fts(highlights_fts, rowid, exact, note) VALUES ('delete', old.id, old.exact, old.note);
        INSERT INTO highlights_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
      END;

      CREATE TABLE highlight_tags (
        highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (highlight_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX highlight_tags_tag ON highlight_tags(tag_id, highlight_id);

      CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE RESTRICT,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_tags_tag ON article_tags(tag_id, article_id);

      CREATE TABLE article_notes (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE RESTRICT,
        note TEXT NOT NULL CHECK (note <> ''),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
