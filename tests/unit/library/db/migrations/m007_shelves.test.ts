import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../../../../electron/library/db/migrate';
import { migrations } from '../../../../../electron/library/db/migrations';
import { Library } from '../../../../../electron/library/Library';
import { tempDir } from '../../../helpers/tempLibrary';

test('m007: a v6 library keeps its articles in the list, none put away, and each can then be archived or trashed', async () => {
  const file = path.join(tempDir(), 'v6.sqlite');
  const v6 = new Database(file);
  migrate(v6, file, migrations.slice(0, 6));
  const insert = v6.prepare(`INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
    VALUES (?, ?, ?, 5, 'The delegation arrived in Minsk.', '[]', 'now', 'now')`);
  insert.run('/a.txt', 'h1', 'Talks in Minsk');
  insert.run('/b.txt', 'h2', 'Talks in Beijing');
  v6.close();

  const library = await Library.open(file);
  try {
    assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= 7);
    assert.deepEqual(library.db.prepare('SELECT id, archived_at, trashed_at FROM articles ORDER BY id').all(), [
      { id: 1, archived_at: null, trashed_at: null },
      { id: 2, archived_at: null, trashed_at: null },
    ]);
    assert.equal(library.articles.count(), 2);
    const revision = () => library.db.prepare('SELECT n FROM facet_revision').pluck().get() as number;
    const before = revision();
    library.db.prepare("UPDATE articles SET archived_at = 'now' WHERE id = 1").run();
    library.db.prepare("UPDATE articles SET trashed_at = 'now' WHERE id = 2").run();
    assert.equal(revision(), before + 2, 'the filter pane learns of each');
    assert.equal(library.articles.count(), 0);
    // The list's exclusion reads the partial index of the articles put away, never the articles themselves.
    const plan = library.db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM articles WHERE archived_at IS NOT NULL OR trashed_at IS NOT NULL')
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join('\n');
    assert.match(plan, /USING COVERING INDEX articles_put_away/);
  } finally {
    library.close();
  }
});
