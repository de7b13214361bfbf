import assert from 'node:assert/strict';
import { test } from 'node:test';
import { m011Review } from '../../../../../electron/library/db/migrations/m011_review';
import { Library } from '../../../../../electron/library/Library';
import { libraryBefore } from '../../../helpers/libraryBefore';

test('m011: a library from before the review keeps its highlights, none yet reviewed; answers are kept and go with their highlight', async () => {
  const file = libraryBefore(
    m011Review,
    `INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
      VALUES ('/a.txt', 'h1', 'Talks in Minsk', 5, 'The delegation arrived in Minsk.', '[]', 'now', 'now')`,
    `INSERT INTO highlights (uuid, article_id, exact, prefix, suffix, start, end, color, created_at, updated_at)
      VALUES ('7d0c6a4e-0c4e-4bfa-9a59-1f0b5b0a1c01', 1, 'delegation', 'The ', ' arrived', 4, 14, 'yellow', 'now', 'now')`,
  );

  const library = await Library.open(file);
  try {
    assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= m011Review.version);
    assert.equal(library.db.prepare('SELECT count(*) FROM review_cards').pluck().get(), 0);
    const today = library.review.today('', undefined, new Date('2026-03-10T12:00:00'));
    assert.deepEqual(
      today.cards.map((c) => [c.highlight.quote, c.schedule.shown]),
      [['delegation', 0]],
    );
    library.review.answer(1, 'remembered', new Date('2026-03-10T12:00:00'));
    assert.deepEqual(library.db.prepare('SELECT highlight_id, shown, half_life_days FROM review_cards').get(), {
      highlight_id: 1,
      shown: 1,
      half_life_days: 2,
    });
    assert.deepEqual(library.db.prepare('SELECT day, answers FROM review_days').all(), [{ day: '2026-03-10', answers: 1 }]);
    assert.throws(() => library.db.prepare('INSERT OR REPLACE INTO review_cards (highlight_id, half_life_days) VALUES (1, 2)').run(), /CHECK constraint/);
    library.annotations.highlights.delete(1);
    assert.equal(library.db.prepare('SELECT count(*) FROM review_cards').pluck().get(), 0, 'the card went with its highlight');
  } finally {
    library.close();
  }
});
