import { codeOfWeight } from '../../stories/keyWeight';
import type { Migration } from '../Migration';

/**
 * Stories read in fewer, smaller rows, so that placing an imported article costs less as the library grows.
 * - An article's story moves into its `story_features` row (`story_articles` goes), with its entities and their weights
 *   (a JSON array, entity, code, entity, code …): a candidate's story, day, signature and entities are one row read,
 *   where they were a row in each of three tables and then an index scan of its keys.
 * - `story_keys` carries each article's language, so "is this entity named in another language these days" reads
 *   keys alone, not each of their articles' features; and a weight code (stories/keyWeight.ts) instead of a REAL.
 * - The index of keys by article goes (a key per entity and article was two B-tree writes): an article's keys are
 *   found from the entities its features row lists, as the trigger that deletes them with the article does.
 * - The index of features by day goes: only a re-clustering reads them in that order, and sorts them once.
 * Stories' ids, their summaries, the user's links and the entities' counts are kept as they were.
 */
export const m016StoryRows: Migration = {
  version: 16,
  name: 'storyRows',
  vacuum: true,
  up(db) {
    db.function('story_key_code', { deterministic: true }, (weight, person) => codeOfWeight(weight as number, person === 1));
    db.exec(`
      DROP TRIGGER story_joined;
      DROP TRIGGER story_left;
      DROP TRIGGER story_moved;

      CREATE TABLE story_keys_coded (
        entity_id INTEGER NOT NULL,
        day INTEGER NOT NULL,
        article_id INTEGER NOT NULL,
        language TEXT,
        code INTEGER NOT NULL,
        PRIMARY KEY (entity_id, day, article_id)
      ) WITHOUT ROWID;
      INSERT INTO story_keys_coded (entity_id, day, article_id, language, code)
        SELECT k.entity_id, k.day, k.article_id, f.language, story_key_code(k.weight, coalesce(e.kind = 'person', 0))
        FROM story_keys k JOIN story_features f ON f.article_id = k.article_id LEFT JOIN entities e ON e.id = k.entity_id
        ORDER BY k.entity_id, k.day, k.article_id;

      CREATE TABLE story_rows (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        -- NULL while it waits to be placed (a re-clustering, a restore).
        story_id INTEGER,
        day INTEGER NOT NULL,
        language TEXT,
        norm REAL NOT NULL,
        entities TEXT NOT NULL,
        minhash BLOB NOT NULL
      );
      INSERT INTO story_rows (article_id, story_id, day, language, norm, entities, minhash)
        SELECT f.article_id, s.story_id, f.day, f.language, f.norm,
          (SELECT '[' || coalesce(group_concat(k.entity_id || ',' || CAST(story_key_code(k.weight, coalesce(e.kind = 'person', 0)) AS INTEGER), ',' ORDER BY k.entity_id), '') || ']'
            FROM story_keys k LEFT JOIN entities e ON e.id = k.entity_id WHERE k.article_id = f.article_id),
          f.minhash
        FROM story_features f LEFT JOIN story_articles s ON s.article_id = f.article_id ORDER BY f.article_id;

      DROP TABLE story_articles;
      DROP TRIGGER story_keys_counted;
      DROP TRIGGER story_keys_uncounted;
      DROP TABLE story_keys;
      DROP TABLE story_features;
      ALTER TABLE story_keys_coded RENAME TO story_keys;
      ALTER TABLE story_rows RENAME TO story_features;
      CREATE INDEX story_features_story ON story_features(story_id) WHERE story_id IS NOT NULL;

      CREATE TRIGGER story_keys_counted AFTER INSERT ON story_keys BEGIN
        INSERT INTO story_key_counts (entity_id, articles) VALUES (new.entity_id, 1)
          ON CONFLICT(entity_id) DO UPDATE SET articles = articles + 1;
      END;
      CREATE TRIGGER story_keys_uncounted AFTER DELETE ON story_keys BEGIN
        UPDATE story_key_counts SET articles = articles - 1 WHERE entity_id = old.entity_id;
      END;
      -- An article's keys go with it, found by the entities its row lists (there is no index of keys by article).
      CREATE TRIGGER story_features_unkeyed AFTER DELETE ON story_features BEGIN
        DELETE FROM story_keys WHERE entity_id IN (SELECT value FROM json_each(old.entities) WHERE key % 2 = 0)
          AND day = old.day AND article_id = old.article_id;
      END;

      -- A story's title (its earliest article's), days and size follow its articles, however they leave (a deletion too).
      -- A join, the common case (every import), is summed up from the newcomer alone.
      CREATE TRIGGER story_joined AFTER UPDATE OF story_id ON story_features WHEN old.story_id IS NULL AND new.story_id IS NOT NULL BEGIN
        UPDATE stories SET size = size + 1,
          title = CASE WHEN size = 0 OR new.day < first_day THEN (SELECT title FROM articles WHERE id = new.article_id) ELSE title END,
          first_day = CASE WHEN size = 0 OR new.day < first_day THEN new.day ELSE first_day END,
          last_day = CASE WHEN size = 0 OR new.day > last_day THEN new.day ELSE last_day END
        WHERE id = new.story_id;
      END;
      CREATE TRIGGER story_moved AFTER UPDATE OF story_id ON story_features
        WHEN old.story_id IS NOT NULL AND old.story_id IS NOT new.story_id BEGIN
        UPDATE stories SET ${summarySet('new.story_id')} WHERE id = new.story_id;
        UPDATE stories SET ${summarySet('old.story_id')} WHERE id = old.story_id;
        DELETE FROM stories WHERE id = old.story_id AND size = 0;
      END;
      CREATE TRIGGER story_left AFTER DELETE ON story_features WHEN old.story_id IS NOT NULL BEGIN
        UPDATE stories SET ${summarySet('old.story_id')} WHERE id = old.story_id;
        DELETE FROM stories WHERE id = old.story_id AND size = 0;
      END;
    `);
  },
};

function summarySet(story: string): string {
  const members = `FROM story_features f WHERE f.story_id = ${story}`;
  return `size = (SELECT count(*) ${members}),
    first_day = coalesce((SELECT min(f.day) ${members}), 0),
    last_day = coalesce((SELECT max(f.day) ${members}), 0),
    title = coalesce((SELECT a.title FROM story_features f JOIN articles a ON a.id = f.article_id
      WHERE f.story_id = ${story} ORDER BY f.day, f.article_id LIMIT 1), '')`;
}
