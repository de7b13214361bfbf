import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../../../../electron/library/db/migrate';
import { migrations } from '../../../../../electron/library/db/migrations';
import { Library } from '../../../../../electron/library/Library';
import { tempDir } from '../../../helpers/tempLibrary';

test('m006: a v5 library keeps its articles, none begun, and each can then keep a place between 0 and 1', async () => {
  const file = path.join(tempDir(), 'v5.sqlite');
  const v5 = new Database(file);
  migrate(v5, file, migrations.slice(0, 5));
  v5.prepare(
    `INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
    VALUES ('/a.txt', 'h1', 'Talks in Minsk', 5, 'The delegation arrived in Minsk.', '[]', 'now', 'now')`,
  ).run();
  v5.close();

  const library = await Library.open(file);
  try {
    assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= 6);
    assert.equal(library.articles.get(1)!.title, 'Talks in Minsk');
    assert.equal(library.reading.position(1), null);
    assert.equal(library.reading.position(2), undefined);
    assert.equal(library.reading.setPosition(1, 0.4), true);
    assert.equal(library.reading.position(1), 0.4);
    assert.equal(library.reading.setPosition(2, 0.4), false);
    assert.throws(() => library.reading.setPosition(1, 1.5), /CHECK/);
  } finally {
    library.close();
  }
});
