import assert from 'node:assert/strict';
import { test } from 'node:test';
import { m026PlacedArticleCount } from '../../../../../electron/library/db/migrations/m026_placedArticleCount';
import { Library } from '../../../../../electron/library/Library';
import { SEEDS } from '../../../helpers/tempLibrary';
import { libraryBefore } from '../../../helpers/libraryBefore';

const article = (n: number) =>
  `INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
    VALUES ('/${n}.txt', 'h${n}', 'Talks ${n}', 1, x'', x'', 'then', 'then')`;

test('m026: the placed articles are counted from the upgrade on, as articles are placed and deleted', async () => {
  const file = libraryBefore(
    m026PlacedArticleCount,
    article(1),
    article(2),
    article(3),
    `INSERT INTO story_features (article_id, day, language, norm, entities, minhash) VALUES
      (1, 20500, 'en', 1.5, '[]', zeroblob(64)), (2, 20501, 'en', 1.5, '[]', zeroblob(64))`,
  );

  const library = await Library.open(file);
  try {
    const { db } = library;
    const placed = () => db.prepare('SELECT n FROM placed_articles').pluck().get();
    assert.equal(placed(), 2);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    assert.equal(placed(), 1);
    library.stories.place(3);
    library.stories.place(2);
    assert.equal(placed(), 2);
    await library.import([SEEDS]);
    assert.equal(placed(), db.prepare('SELECT count(*) FROM story_features').pluck().get());
    assert.equal(placed(), 7);
  } finally {
    library.close();
  }
});
