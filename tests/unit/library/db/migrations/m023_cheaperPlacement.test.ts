import assert from 'node:assert/strict';
import { test } from 'node:test';
import { m023CheaperPlacement } from '../../../../../electron/library/db/migrations/m023_cheaperPlacement';
import { Library } from '../../../../../electron/library/Library';
import { signatureOf } from '../../../../../electron/library/stories/minHash';
import { libraryBefore } from '../../../helpers/libraryBefore';

// A signature as 32-bit minimums were stored: little-endian, a bin no shingle fell in all ones.
const MINIMUMS = Array.from({ length: 32 }, (_, k) => (k === 5 ? 0xffffffff : 0x07654321 + k * 0x10001));
const BLOB = Buffer.from(new Uint32Array(MINIMUMS).buffer).toString('hex');

test("m023: keys are no longer counted by trigger, the counts kept as they were and still lowered when keys go; signatures keep each minimum's low 16 bits", async () => {
  const file = libraryBefore(
    m023CheaperPlacement,
    `INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
      VALUES ('/a.txt', 'h1', 'Talks', 1, x'', x'', 'then', 'then'), ('/b.txt', 'h2', 'Talks again', 1, x'', x'', 'then', 'then')`,
    `INSERT INTO story_features (article_id, day, language, norm, entities, minhash) VALUES
      (1, 20500, 'en', 1.5, '[1,5,2,4]', x'${BLOB}'), (2, 20501, 'en', 1.5, '[1,5]', zeroblob(128))`,
    `INSERT INTO story_keys (entity_id, day, article_id, language, code) VALUES (1, 20500, 1, 'en', 5), (2, 20500, 1, 'en', 4), (1, 20501, 2, 'en', 5)`,
  );

  const library = await Library.open(file);
  try {
    const { db } = library;
    assert.ok((db.pragma('user_version', { simple: true }) as number) >= m023CheaperPlacement.version);
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'story_keys' ORDER BY name").pluck().all();
    assert.deepEqual(triggers, ['story_keys_uncounted']);
    const signature = signatureOf(db.prepare('SELECT minhash FROM story_features WHERE article_id = 1').pluck().get() as Buffer);
    assert.deepEqual(
      [...signature],
      MINIMUMS.map((m) => m & 0xffff),
    );
    assert.equal(signature[5], 0xffff, 'an empty bin stays all ones');
    assert.deepEqual(db.prepare('SELECT DISTINCT length(minhash) FROM story_features').pluck().all(), [64]);

    const counts = () => db.prepare('SELECT entity_id, articles FROM story_key_counts ORDER BY entity_id').raw().all();
    assert.deepEqual(counts(), [
      [1, 2],
      [2, 1],
    ]);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    assert.deepEqual(counts(), [
      [1, 1],
      [2, 0],
    ]);
  } finally {
    library.close();
  }
});
