import type { Migration } from '../Migration';

/** m002's test for scripts written without spaces: a class of 14 ranges, checked at every character of a text. */
const SPACELESS_GLOB = "'*[฀-໿က-႟ᄀ-ᇿក-៿぀-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ𠀀-𯿿]*'";
/**
 * The same scripts lie within U+0E00–U+17FF and U+3040 up, while the punctuation of Western text (dashes, curly
 * quotes, U+2000–U+206F) lies between: this two-range class rules out nearly every other text at a quarter of the cost.
 */
const MAYBE_SPACELESS_GLOB = "'*[\u0e00-\u17ff\u3040-\u{2ffff}]*'";
const spaceless = (row: string) =>
  `((${row}.title GLOB ${MAYBE_SPACELESS_GLOB} OR ${row}.body GLOB ${MAYBE_SPACELESS_GLOB}) AND (${row}.title GLOB ${SPACELESS_GLOB} OR ${row}.body GLOB ${SPACELESS_GLOB}))`;

/**
 * Everything the filter pane counts, by table and change. Each change moves `facet_revision`, so the pane's
 * in-memory counts know they are stale, whichever code or process made it; writes to anything else (the current
 * query, saved searches, settings) leave them valid.
 */
const COUNTED: Record<string, string[]> = {
  articles: ['INSERT', 'DELETE', 'UPDATE OF source, published, read_at, starred'],
  // Written with each article's entities, which article_entities takes a row per entity for: a trigger there cost
  // more than the rest of the entity writes. Its other changes come with a deleted article or entity.
  entity_extractions: ['INSERT', 'UPDATE'],
  entities: ['DELETE', 'UPDATE OF name, kind, hidden'],
  tags: ['DELETE', 'UPDATE OF name'],
  article_tags: ['INSERT', 'DELETE'],
  highlight_tags: ['INSERT', 'DELETE'],
  highlights: ['INSERT', 'DELETE', 'UPDATE OF article_id, note'],
  article_notes: ['INSERT', 'DELETE'],
};
const revisionTriggers = Object.entries(COUNTED).flatMap(([table, events]) =>
  events.map(
    (event) => `CREATE TRIGGER ${table}_counted_${event.split(' ')[0]!.toLowerCase()} AFTER ${event} ON ${table} BEGIN
      UPDATE facet_revision SET n = n + 1;
    END;`,
  ),
);

/**
 * Cheaper search and import on large libraries. Which entities each article mentions, once per pair, so entity
 * filters and counts read a pair per article instead of every mention; aliases kept only where they differ from
 * the entity's name, which the name itself already answers for (they were four in five of a large library's
 * alias rows); the trigram index's triggers test their texts at a fraction of the cost; and a revision of what
 * the filter pane counts.
 */
export const m005SearchIndexes: Migration = {
  version: 5,
  name: 'search indexes',
  up(db) {
    db.exec(`
      CREATE TABLE article_entities (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, entity_id)
      ) WITHOUT ROWID;
      INSERT INTO article_entities (article_id, entity_id) SELECT DISTINCT article_id, entity_id FROM mentions ORDER BY 1, 2;
      CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
      -- Entity to articles is read from article_entities now.
      DROP INDEX mentions_entity_article;

      DELETE FROM entity_aliases WHERE alias = (SELECT e.name FROM entities e WHERE e.id = entity_aliases.entity_id);
      -- person:/place:/org: look an entity up by any of its aliases.
      CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);

      DROP TRIGGER articles_tri_insert;
      CREATE TRIGGER articles_tri_insert AFTER INSERT ON articles WHEN ${spaceless('new')} BEGIN
        INSERT INTO articles_tri(rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      DROP TRIGGER articles_tri_delete;
      CREATE TRIGGER articles_tri_delete AFTER DELETE ON articles WHEN ${spaceless('old')} BEGIN
        INSERT INTO articles_tri(articles_tri, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END;
      DROP TRIGGER articles_tri_update;
      CREATE TRIGGER articles_tri_update AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_tri(articles_tri, rowid, title, body) SELECT 'delete', old.id, old.title, old.body WHERE ${spaceless('old')};
        INSERT INTO articles_tri(rowid, title, body) SELECT new.id, new.title, new.body WHERE ${spaceless('new')};
      END;

      CREATE TABLE facet_revision (n INTEGER NOT NULL);
      INSERT INTO facet_revision (n) VALUES (0);
      ${revisionTriggers.join('\n')}
    `);
  },
};
