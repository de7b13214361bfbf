import assert from 'node:assert/strict';
import { test } from 'node:test';
import { m024RecentStoryKeys } from '../../../../../electron/library/db/migrations/m024_recentStoryKeys';
import { Library } from '../../../../../electron/library/Library';
import { libraryBefore } from '../../../helpers/libraryBefore';

test("m024: an article's deletion deletes its keys from the recent table as from the main one, each counted down once", async () => {
  const file = libraryBefore(
    m024RecentStoryKeys,
    `INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
      VALUES ('/a.txt', 'h1', 'Talks', 1, x'', x'', 'then', 'then'), ('/b.txt', 'h2', 'Talks again', 1, x'', x'', 'then', 'then')`,
    `INSERT INTO story_features (article_id, day, language, norm, entities, minhash) VALUES
      (1, 20500, 'en', 1.5, '[1,5,2,4]', zeroblob(64)), (2, 20501, 'en', 1.5, '[1,5,3,4]', zeroblob(64))`,
    `INSERT INTO story_keys (entity_id, day, article_id, language, code) VALUES (1, 20500, 1, 'en', 5), (2, 20500, 1, 'en', 4)`,
    'INSERT INTO story_key_counts (entity_id, articles) VALUES (1, 2), (2, 1), (3, 1)',
  );

  const library = await Library.open(file);
  try {
    const { db } = library;
    assert.ok((db.pragma('user_version', { simple: true }) as number) >= m024RecentStoryKeys.version);
    // Article 2's keys as placement now writes them.
    db.exec("INSERT INTO story_keys_recent (entity_id, day, article_id, language, code) VALUES (1, 20501, 2, 'en', 5), (3, 20501, 2, 'en', 4)");
    const counts = () => db.prepare('SELECT entity_id, articles FROM story_key_counts ORDER BY entity_id').raw().all();
    const keys = (table: string) => db.prepare(`SELECT article_id, entity_id FROM ${table} ORDER BY article_id, entity_id`).raw().all();

    db.prepare('DELETE FROM articles WHERE id = 2').run();
    assert.deepEqual(keys('story_keys_recent'), []);
    assert.deepEqual(keys('story_keys'), [
      [1, 1],
      [1, 2],
    ]);
    assert.deepEqual(counts(), [
      [1, 1],
      [2, 1],
      [3, 0],
    ]);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    assert.deepEqual(keys('story_keys'), []);
    assert.deepEqual(counts(), [
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  } finally {
    library.close();
  }
});
