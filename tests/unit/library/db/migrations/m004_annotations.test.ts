import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { backupFileFor } from '../../../../../electron/library/db/backupBeforeMigration';
import { migrate } from '../../../../../electron/library/db/migrate';
import { LATEST_VERSION, migrations } from '../../../../../electron/library/db/migrations';
import { Library } from '../../../../../electron/library/Library';
import { tempDir } from '../../../helpers/tempLibrary';

const BODY = 'Belarus sold potash to China.\n\nThe deal doubles trade by 2030, officials in Minsk said.';
const USER_TABLES = ['articles', 'tags', 'highlights', 'highlight_tags', 'article_tags', 'article_notes'];

/** A library file at `version` holding two articles (the first read and starred), still open. */
function libraryAt(file: string, version: number): Database.Database {
  const db = new Database(file);
  migrate(db, file, migrations.slice(0, version));
  const insert = db.prepare(`INSERT INTO articles (file, content_hash, title, word_count, body, blocks, language, imported_at, updated_at)
    VALUES (?, ?, ?, 14, ?, '[]', 'en', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`);
  insert.run('/potash.txt', 'h1', 'Potash deal', BODY);
  insert.run('/минск.md', 'h2', 'Встреча в Минске', 'Встреча прошла в Минске.');
  db.prepare("UPDATE articles SET read_at = '2025-01-02T00:00:00.000Z', starred = 1 WHERE id = 1").run();
  return db;
}

/** Every row of the tables that hold the user's data, in the columns they have now, so later columns do not count. */
function snapshot(db: Database.Database, columns = columnsOf(db)): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(columns).map(([table, cols]) => [
      table,
      db
        .prepare(`SELECT ${cols.join(', ')} FROM ${table} ORDER BY 1, 2`)
        .raw()
        .all(),
    ]),
  );
}

function columnsOf(db: Database.Database): Record<string, string[]> {
  const present = USER_TABLES.filter((t) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t));
  return Object.fromEntries(present.map((t) => [t, (db.pragma(`table_info(${t})`) as { name: string }[]).map((c) => c.name)]));
}

function assertSound(db: Database.Database): void {
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  assert.deepEqual(db.pragma('foreign_key_check'), []);
}

test('m004: a v3 library keeps its articles and reading state, and takes highlights, notes and tags', async () => {
  const file = path.join(tempDir(), 'v3.sqlite');
  const v3 = libraryAt(file, 3);
  const columns = columnsOf(v3);
  const before = snapshot(v3, columns);
  v3.close();

  const library = await Library.open(file);
  assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= 4);
  assert.deepEqual(snapshot(library.db, columns), before);
  assert.ok(fs.existsSync(backupFileFor(file, 3)));
  for (const table of ['tags', 'highlights', 'highlight_tags', 'article_tags', 'article_notes']) {
    assert.deepEqual(library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), { n: 0 }, table);
  }
  const { highlights, notes, tags } = library.annotations;
  const h = highlights.create(1, { quote: 'potash' }, { color: 'green', note: 'Key export', tags: ['Trade'] });
  notes.set(2, 'Follow up the meeting.');
  tags.setForArticle(2, ['Belarus']);
  assertSound(library.db);
  library.close();

  const reopened = await Library.open(file);
  assert.deepEqual(reopened.annotations.highlights.get(h.id), h);
  assert.equal(reopened.annotations.notes.get(2), 'Follow up the meeting.');
  assert.deepEqual(reopened.annotations.tags.forArticle(2), ['Belarus']);
  reopened.close();
});

test("a v4 library's highlights, notes and tags survive re-opening and every later migration", async () => {
  const file = path.join(tempDir(), 'v4.sqlite');
  const v4 = libraryAt(file, 4);
  v4.exec(`
    INSERT INTO tags (id, name, created_at) VALUES (1, 'Trade', '2025-01-03'), (2, 'Беларусь', '2025-01-03');
    INSERT INTO highlights (id, uuid, article_id, exact, prefix, suffix, start, end, color, note, created_at, updated_at) VALUES
      (1, '0d7c3d5e-0000-4000-8000-000000000001', 1, 'potash', 'Belarus sold ', ' to China.', 13, 19, 'green', 'Key export, "quoted"
second line', '2025-01-03', '2025-01-04'),
      (2, '0d7c3d5e-0000-4000-8000-000000000002', 1, 'a sentence that was edited away', '', '', NULL, NULL, 'red', '孤立', '2025-01-03', '2025-01-03');
    INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (1, 1), (1, 2), (2, 2);
    INSERT INTO article_tags (article_id, tag_id) VALUES (1, 1), (2, 2);
    INSERT INTO article_notes (article_id, note, created_at, updated_at) VALUES (2, 'Follow up: встреча.', '2025-01-03', '2025-01-05');
  `);
  const columns = columnsOf(v4);
  const before = snapshot(v4, columns);
  v4.close();

  for (let opening = 0; opening < 2; opening++) {
    const library = await Library.open(file);
    assert.equal(library.db.pragma('user_version', { simple: true }), LATEST_VERSION);
    assert.deepEqual(snapshot(library.db, columns), before, `opening ${opening + 1}`);
    assertSound(library.db);
    assert.deepEqual(library.db.prepare("SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH 'export'").pluck().all(), [1]);
    const [anchored, orphaned] = library.annotations.highlights.forArticle(1);
    assert.deepEqual([anchored?.quote, anchored?.orphaned, anchored?.tags.sort()], ['potash', false, ['Trade', 'Беларусь'].sort()]);
    assert.deepEqual([orphaned?.note, orphaned?.orphaned], ['孤立', true]);
    library.close();
  }
  if (LATEST_VERSION > 4) {
    const backup = new Database(backupFileFor(file, 4), { readonly: true, fileMustExist: true });
    assert.deepEqual(snapshot(backup, columns), before);
    backup.close();
  }
});
