import type { Migration } from '../Migration';

/**
 * A smaller file for the same rows: 583.5 to 545.3 MB for 100,000 generated articles, 1.41 to 1.31 times their text:
 * - Pages of 16 KB (openDatabase's PAGE_SIZE, given in the VACUUM that follows): an article's row, about 2 KB with its
 *   deflated body, leaves on average half a row empty at the end of each page, and there are half as many pages.
 * - The index of articles by content hash keeps the hash's first 12 hex digits (48 bits), not all 64: a lookup reads
 *   the few rows with that prefix and compares the whole hash (WITH_CONTENT_HASH), so it finds the same article.
 * - An article's dates are kept by article and place in the text, without a rowid, as its mentions are (m018): the
 *   table was a row per date plus an index of (article, start) that repeated it. findDates gives one date per place.
 *   And without their words, which are the body's at that place (findDates cuts them from it; 176,557 of 176,557 at
 *   100,000 generated articles): the one reader, placing an article in a story, has its body.
 * - The index of dates by ISO day goes: nothing reads dates but an article's own, in text order.
 * - Entities are found by alias (a filter by name, compileQuery) in `entity_alias_names`, each entity and alias once,
 *   which triggers keep to the aliases of `entity_aliases`, instead of an index of its rows, one per alias and article:
 *   an alias is mostly a name seen in many articles (590 aliases for 264,706 rows at 100,000 generated articles).
 */
export const m020CompactLibrary: Migration = {
  version: 20,
  name: 'compactLibrary',
  vacuum: true,
  up(db) {
    db.exec(`
      DROP INDEX articles_content_hash;
      CREATE INDEX articles_content_hash ON articles(substr(content_hash, 1, 12));

      CREATE TABLE article_dates_by_place (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        iso TEXT,
        PRIMARY KEY (article_id, start)
      ) WITHOUT ROWID;
      INSERT OR IGNORE INTO article_dates_by_place (article_id, start, end, iso)
        SELECT article_id, start, end, iso FROM article_dates ORDER BY article_id, start, rowid;
      DROP TABLE article_dates;
      ALTER TABLE article_dates_by_place RENAME TO article_dates;

      CREATE TABLE entity_alias_names (
        entity_id INTEGER NOT NULL,
        alias TEXT NOT NULL,
        PRIMARY KEY (entity_id, alias)
      ) WITHOUT ROWID;
      INSERT INTO entity_alias_names (entity_id, alias) SELECT DISTINCT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias;
      CREATE INDEX entity_alias_names_alias ON entity_alias_names(alias COLLATE NOCASE);
      DROP INDEX entity_aliases_alias;
      -- An alias ignored as already there fires nothing; one deleted (with its article, its entity, a merge) takes its
      -- name along once no article's row of that entity has it.
      CREATE TRIGGER entity_aliases_named AFTER INSERT ON entity_aliases BEGIN
        INSERT OR IGNORE INTO entity_alias_names (entity_id, alias) VALUES (new.entity_id, new.alias);
      END;
      CREATE TRIGGER entity_aliases_unnamed AFTER DELETE ON entity_aliases BEGIN
        DELETE FROM entity_alias_names WHERE entity_id = old.entity_id AND alias = old.alias
          AND NOT EXISTS (SELECT 1 FROM entity_aliases WHERE entity_id = old.entity_id AND alias = old.alias);
      END;
    `);
  },
};
