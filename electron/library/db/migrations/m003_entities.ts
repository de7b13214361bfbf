import type { Migration } from '../Migration';

/**
 * Entities found in articles. `entities`, `entity_aliases`, `mentions` and `article_dates` are derived from
 * the extractor's output and rebuilt per article; `entity_corrections` holds what the user decided, keyed by
 * the extractor's entity key (or the article, for a marked span), so it is reapplied on every re-extraction.
 */
export const m003Entities: Migration = {
  version: 3,
  name: 'entities',
  up(db) {
    db.exec(`
      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'place', 'org')),
        name TEXT NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX entities_kind_name ON entities(kind, name COLLATE NOCASE);

      -- Per article, so an article's re-extraction or deletion takes exactly its own aliases away.
      CREATE TABLE entity_aliases (
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        PRIMARY KEY (entity_id, alias, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX entity_aliases_article ON entity_aliases(article_id);

      CREATE TABLE mentions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
      );
      CREATE INDEX mentions_entity_article ON mentions(entity_id, article_id);
      CREATE INDEX mentions_article_start ON mentions(article_id, start);

      CREATE TABLE article_dates (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        iso TEXT
      );
      CREATE INDEX article_dates_article ON article_dates(article_id, start);
      CREATE INDEX article_dates_iso ON article_dates(iso) WHERE iso IS NOT NULL;

      -- Which extractor version last read each article: articles missing here (a library upgraded from v2) or
      -- read by an older one are re-extracted in the background, resuming where an interrupted run stopped.
      CREATE TABLE entity_extractions (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version INTEGER NOT NULL
      );

      -- rename: value = name; merge: value = the key merged into; kind: value = kind; hide: value = '1' | '0';
      -- span: key = the entity's key, value = its name, with the article and offsets (and text, to re-anchor).
      -- The latest correction of an action on a key wins.
      CREATE TABLE entity_corrections (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('rename', 'merge', 'kind', 'hide', 'span')),
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER,
        end INTEGER,
        text TEXT,
        created_at TEXT NOT NULL,
        CHECK ((action = 'span') = (article_id IS NOT NULL AND start IS NOT NULL AND end IS NOT NULL AND text IS NOT NULL))
      );
      CREATE INDEX entity_corrections_span ON entity_corrections(article_id) WHERE action = 'span';
    `);
  },
};
