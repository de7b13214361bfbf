import type { Migration } from '../Migration';

/**
 * Scripts written without spaces (the parser's SPACELESS set, as GLOB ranges): Thai, Lao, Myanmar,
 * Hangul Jamo, Khmer, kana, CJK ideographs with their extensions, Hangul syllables, compatibility ideographs,
 * half-width kana. Only rows containing one of them enter the trigram index, so it costs nothing elsewhere.
 */
const SPACELESS_GLOB = "'*[฀-໿က-႟ᄀ-ᇿក-៿぀-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ𠀀-𯿿]*'";
const spaceless = (row: string) => `(${row}.title GLOB ${SPACELESS_GLOB} OR ${row}.body GLOB ${SPACELESS_GLOB})`;

/** Read and starred state, indexes for the list's sorts and filters, a trigram index for CJK, and saved searches. */
export const m002Reading: Migration = {
  version: 2,
  name: 'reading',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN read_at TEXT;
      ALTER TABLE articles ADD COLUMN starred INTEGER NOT NULL DEFAULT 0;

      -- Filters compare names case-insensitively, and facets group them the same way, so counts equal results.
      -- This index and the next cover every column that filters and facet counts read, so those never touch
      -- the rows: new columns sit after the body, and reading them from a row means reading the whole article.
      DROP INDEX articles_source;
      CREATE INDEX articles_source ON articles(source COLLATE NOCASE, published, language COLLATE NOCASE, author COLLATE NOCASE, read_at, starred);
      DROP INDEX articles_published;
      CREATE INDEX articles_published ON articles(published, language COLLATE NOCASE, source COLLATE NOCASE, author COLLATE NOCASE, read_at, starred);
      -- Authors are selective; languages are not, so lang: is answered by a scan of the covering index above.
      CREATE INDEX articles_author ON articles(author COLLATE NOCASE);
      -- Exactly the list's ORDER BY expressions, so a page of the default order is read straight from an index.
      CREATE INDEX articles_published_order ON articles(published IS NULL, published DESC, id DESC);
      CREATE INDEX articles_imported ON articles(imported_at DESC, id DESC);
      CREATE INDEX articles_title ON articles(title COLLATE NOCASE, id);
      CREATE INDEX articles_starred ON articles(id) WHERE starred = 1;

      CREATE VIRTUAL TABLE articles_tri USING fts5(
        title, body,
        content='articles', content_rowid='id',
        tokenize='trigram'
      );
      INSERT INTO articles_tri(rowid, title, body) SELECT id, title, body FROM articles WHERE ${spaceless('articles')};
      CREATE TRIGGER articles_tri_insert AFTER INSERT ON articles WHEN ${spaceless('new')} BEGIN
        INSERT INTO articles_tri(rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      -- An external-content index must only be told to delete what it holds.
      CREATE TRIGGER articles_tri_delete AFTER DELETE ON articles WHEN ${spaceless('old')} BEGIN
        INSERT INTO articles_tri(articles_tri, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END;
      CREATE TRIGGER articles_tri_update AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_tri(articles_tri, rowid, title, body) SELECT 'delete', old.id, old.title, old.body WHERE ${spaceless('old')};
        INSERT INTO articles_tri(rowid, title, body) SELECT new.id, new.title, new.body WHERE ${spaceless('new')};
      END;

      CREATE TABLE saved_views (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `);
  },
};
