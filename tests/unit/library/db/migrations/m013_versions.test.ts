import assert from 'node:assert/strict';
import { test } from 'node:test';
import { m013Versions } from '../../../../../electron/library/db/migrations/m013_versions';
import { Library } from '../../../../../electron/library/Library';
import { libraryBefore } from '../../../helpers/libraryBefore';

test('m013: a library from before versions has each article at version 1, its highlights of no known version; versions go with their article', async () => {
  const file = libraryBefore(
    m013Versions,
    `INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
      VALUES ('/a.txt', 'h1', 'Talks in Minsk', 5, 'The delegation arrived in Minsk.', '[]', 'then', 'then')`,
    `INSERT INTO highlights (uuid, article_id, exact, prefix, suffix, start, end, color, created_at, updated_at)
      VALUES ('7d0c6a4e-0c4e-4bfa-9a59-1f0b5b0a1c01', 1, 'delegation', 'The ', ' arrived', 4, 14, 'yellow', 'now', 'now')`,
  );

  const library = await Library.open(file);
  try {
    assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= m013Versions.version);
    assert.deepEqual(library.articles.versions.list(1), [{ version: 1, importedAt: 'then', words: 5, current: true }]);
    assert.equal(library.annotations.highlights.get(1).version, null);
    assert.throws(() => library.db.prepare('UPDATE articles SET version = 0').run(), /CHECK constraint/);
    library.db.prepare(`INSERT INTO article_versions (article_id, version, imported_at, words, title, text) VALUES (1, 1, 'x', 1, 't', x'00')`).run();
    library.db.prepare('DELETE FROM highlights').run();
    library.db.prepare('DELETE FROM articles').run();
    assert.equal(library.db.prepare('SELECT count(*) FROM article_versions').pluck().get(), 0, 'the versions went with their article');
  } finally {
    library.close();
  }
});
