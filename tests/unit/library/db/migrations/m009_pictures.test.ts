import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../../../../electron/library/db/migrate';
import { migrations } from '../../../../../electron/library/db/migrations';
import { Library } from '../../../../../electron/library/Library';
import { tempDir } from '../../../helpers/tempLibrary';

test('m009: a v8 library gains a picture store, whose pictures go with the last article that shows them', async () => {
  const file = path.join(tempDir(), 'v8.sqlite');
  const v8 = new Database(file);
  migrate(v8, file, migrations.slice(0, 8));
  const insert = v8.prepare(`INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
    VALUES (?, ?, ?, 5, 'The delegation arrived in Minsk.', '[]', 'now', 'now')`);
  insert.run('/a.html', 'h1', 'Talks in Minsk');
  insert.run('/b.html', 'h2', 'Talks in Beijing');
  v8.close();

  const library = await Library.open(file);
  try {
    assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= 9);
    const picture = { hash: 'a'.repeat(64), type: 'image/png', bytes: new Uint8Array([1, 2, 3]) };
    library.db.transaction(() => {
      library.pictures.show(1, [picture]);
      library.pictures.show(2, [picture]);
    })();
    library.db.prepare('DELETE FROM articles WHERE id = 1').run();
    assert.ok(library.pictures.get(picture.hash));
    library.db.prepare('DELETE FROM articles WHERE id = 2').run();
    assert.equal(library.pictures.get(picture.hash), undefined);
    // A picture no article shows cannot be linked, and a link to one missing is refused.
    assert.throws(() => library.db.prepare('INSERT INTO article_pictures (article_id, hash) VALUES (99, ?)').run(picture.hash), /FOREIGN KEY/);
  } finally {
    library.close();
  }
});
