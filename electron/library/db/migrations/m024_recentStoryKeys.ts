import type { Migration } from '../Migration';

/**
 * A placed article's keys are written to `story_keys_recent`, a table small enough to stay in the page cache, and moved
 * into `story_keys` a few thousand articles at a time, in key order (StoryKeys.ts): written straight into
 * `story_keys`, each key landed on a page of its own entity, and an import's batch of 200 articles changed most of the
 * table's pages, every one written again at the batch's commit. Reads look in both tables.
 * The recent table counts its deleted keys down in the trigger that deletes them, not by a trigger of its own, so that
 * the move, which deletes them all, counts nothing.
 */
export const m024RecentStoryKeys: Migration = {
  version: 24,
  name: 'recentStoryKeys',
  up(db) {
    db.exec(`
      CREATE TABLE story_keys_recent (
        entity_id INTEGER NOT NULL,
        day INTEGER NOT NULL,
        article_id INTEGER NOT NULL,
        language TEXT,
        code INTEGER NOT NULL,
        PRIMARY KEY (entity_id, day, article_id)
      ) WITHOUT ROWID;

      DROP TRIGGER story_features_unkeyed;
      CREATE TRIGGER story_features_unkeyed AFTER DELETE ON story_features BEGIN
        DELETE FROM story_keys WHERE entity_id IN (SELECT value FROM json_each(old.entities) WHERE key % 2 = 0)
          AND day = old.day AND article_id = old.article_id;
        UPDATE story_key_counts SET articles = articles - 1 WHERE entity_id IN (SELECT entity_id FROM story_keys_recent
          WHERE entity_id IN (SELECT value FROM json_each(old.entities) WHERE key % 2 = 0) AND day = old.day AND article_id = old.article_id);
        DELETE FROM story_keys_recent WHERE entity_id IN (SELECT value FROM json_each(old.entities) WHERE key % 2 = 0)
          AND day = old.day AND article_id = old.article_id;
      END;
    `);
  },
};
