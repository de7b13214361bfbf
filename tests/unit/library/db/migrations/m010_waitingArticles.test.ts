import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../../../../electron/library/db/migrate';
import { migrations } from '../../../../../electron/library/db/migrations';
import { m010WaitingArticles } from '../../../../../electron/library/db/migrations/m010_waitingArticles';
import { Library } from '../../../../../electron/library/Library';
import { tempDir } from '../../../helpers/tempLibrary';

test('m010: a library from before keeps its articles, none waiting; a waiting article goes with its row', async () => {
  const file = path.join(tempDir(), 'before.sqlite');
  const before = migrations.indexOf(m010WaitingArticles);
  const old = new Database(file);
  migrate(old, file, migrations.slice(0, before));
  old
    .prepare(
      `INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
    VALUES ('/a.txt', 'h1', 'Talks in Minsk', 5, 'The delegation arrived in Minsk.', '[]', 'now', 'now')`,
    )
    .run();
  old.close();

  const library = await Library.open(file);
  try {
    assert.equal(library.articles.get(1)!.waiting, null);
    assert.deepEqual(library.waiting.list(), []);
    library.waiting.add(1, 'https://example.org/minsk', '', '2024-01-01T00:00:00.000Z');
    assert.equal(library.articles.get(1)!.waiting?.url, 'https://example.org/minsk');
    library.db.prepare('DELETE FROM articles WHERE id = 1').run();
    assert.equal(library.db.prepare('SELECT count(*) FROM waiting_articles').pluck().get(), 0);
  } finally {
    library.close();
  }
});
