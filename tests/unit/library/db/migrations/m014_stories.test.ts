import assert from 'node:assert/strict';
import { test } from 'node:test';
import { m014Stories } from '../../../../../electron/library/db/migrations/m014_stories';
import { Library } from '../../../../../electron/library/Library';
import { libraryBefore } from '../../../helpers/libraryBefore';

test('m014: a library from before stories gains them, its articles placed by a catch-up run; a deleted article leaves its story', async () => {
  const file = libraryBefore(
    m014Stories,
    `INSERT INTO articles (file, content_hash, title, published, word_count, body, blocks, imported_at, updated_at)
    VALUES ('/a.txt', 'h1', 'Talks in Minsk', '2026-03-03', 5, 'The delegation arrived in Minsk.', '[]', 'now', 'now')`,
  );

  const library = await Library.open(file);
  try {
    assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= m014Stories.version);
    assert.equal(library.stories.index.storyOf(1), undefined, 'not placed by the upgrade itself');
    const job = library.reclustering.start(false);
    assert.notEqual(job, null);
    assert.equal((await library.reclustering.finished(job!))?.error, null);
    const storyId = library.stories.index.storyOf(1)!;
    assert.deepEqual(library.db.prepare('SELECT title, first_day, size FROM stories WHERE id = ?').get(storyId), {
      title: 'Talks in Minsk',
      first_day: Date.UTC(2026, 2, 3) / 86_400_000,
      size: 1,
    });
    assert.equal(library.reclustering.start(false), null, 'nothing left to place');
    library.db.prepare('DELETE FROM articles WHERE id = 1').run();
    assert.equal(library.db.prepare('SELECT count(*) FROM stories').pluck().get(), 0);
    assert.equal(library.db.prepare('SELECT count(*) FROM story_keys').pluck().get(), 0);
  } finally {
    library.close();
  }
});
