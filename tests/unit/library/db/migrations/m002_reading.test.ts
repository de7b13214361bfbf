import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../../../../electron/library/db/migrate';
import { migrations } from '../../../../../electron/library/db/migrations';
import { Library } from '../../../../../electron/library/Library';
import { tempDir } from '../../../helpers/tempLibrary';

test('m002: a v1 library keeps its articles, all unread and unstarred, and its Chinese text becomes findable', async () => {
  const file = path.join(tempDir(), 'v1.sqlite');
  const v1 = new Database(file);
  migrate(v1, file, migrations.slice(0, 1));
  const insert = v1.prepare(`INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
    VALUES (?, ?, ?, 3, ?, '[]', 'now', 'now')`);
  insert.run('/en.txt', 'h1', 'Talks in Minsk', 'The delegation arrived in Minsk.');
  insert.run('/zh.txt', 'h2', '习近平会见普京', '中国国家主席习近平在北京会见俄罗斯总统普京。');
  v1.pragma('user_version = 1');
  v1.close();

  const library = await Library.open(file);
  try {
    assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= 2);
    assert.equal(library.articles.count(), 2);
    assert.equal(library.articles.get(1)!.body, 'The delegation arrived in Minsk.');
    assert.equal(library.search.query('is:unread', 10, 0).total, 2);
    assert.equal(library.search.query('is:starred', 10, 0).total, 0);
    assert.deepEqual(
      library.search.query('会见普京', 10, 0).rows.map((r) => r.id),
      [2],
    );
    assert.deepEqual(
      library.search.query('minsk', 10, 0).rows.map((r) => r.id),
      [1],
    );
  } finally {
    library.close();
  }
});
