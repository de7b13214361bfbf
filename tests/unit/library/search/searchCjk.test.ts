import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../../../electron/library/db/migrate';
import { migrations } from '../../../../electron/library/db/migrations';
import { idsOf, knownLibrary } from '../../helpers/searchLibrary';

const INSERT = `INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
  VALUES (?, 'h', ?, 1, ?, '[]', 'now', 'now')`;
/** The same in the current schema, which stores the body deflated. */
const INSERT_DEFLATED = `INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at)
  VALUES (?, 'h', ?, 1, deflate_text(?), deflate_text('[]'), 'now', 'now')`;
const indexed = (db: Database.Database) => (db.prepare('SELECT count(*) AS n FROM articles_tri_docsize').get() as { n: number }).n;

test('the trigram index holds only articles with CJK text and follows inserts, updates and deletes', () => {
  const library = knownLibrary();
  const { db } = library;
  assert.equal(indexed(db), 1, 'only the Chinese article of six');
  const id = Number(db.prepare(INSERT_DEFLATED).run('/x.txt', 'Tokyo news', 'Plain English.').lastInsertRowid);
  assert.equal(indexed(db), 1);
  db.prepare('UPDATE articles SET body_deflated = deflate_text(?) WHERE id = ?').run('東京タワーで会議が開かれた。', id);
  assert.equal(indexed(db), 2);
  assert.deepEqual(idsOf(library, '東京タワー'), [id]);
  db.prepare('UPDATE articles SET body_deflated = deflate_text(?) WHERE id = ?').run('サミットが開かれた。', id);
  assert.deepEqual(idsOf(library, '東京タワー'), []);
  assert.deepEqual(idsOf(library, 'サミット'), [id]);
  db.prepare('UPDATE articles SET body_deflated = deflate_text(?) WHERE id = ?').run('Back to English.', id);
  assert.equal(indexed(db), 1);
  assert.deepEqual(idsOf(library, 'サミット'), []);
  db.prepare('UPDATE articles SET title = ? WHERE id = ?').run('서울에서 회의', id);
  assert.deepEqual(idsOf(library, '서울에서'), [id]);
  db.prepare('DELETE FROM articles WHERE id = ?').run(id);
  assert.equal(indexed(db), 1);
  db.exec("INSERT INTO articles_tri(articles_tri) VALUES ('integrity-check')");
});

test('m002 indexes the CJK articles a version 1 library already holds, and adds reading state to every article', () => {
  const db = new Database(':memory:');
  migrate(db, ':memory:', migrations.slice(0, 1));
  db.prepare(INSERT).run('/zh.txt', '习近平会见普京', '双方讨论了贸易问题。');
  db.prepare(INSERT).run('/en.txt', 'Trade talks', 'Nothing in Chinese.');
  migrate(db, ':memory:', migrations.slice(0, 2));
  assert.equal(indexed(db), 1);
  assert.deepEqual(db.prepare('SELECT rowid FROM articles_tri WHERE articles_tri MATCH \'"贸易问"\'').pluck().all(), [1]);
  assert.deepEqual(db.prepare('SELECT read_at, starred FROM articles').all(), [
    { read_at: null, starred: 0 },
    { read_at: null, starred: 0 },
  ]);
  db.close();
});

test('the default order and the common filters are answered from indexes', () => {
  const { db } = knownLibrary();
  const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
  assert.doesNotMatch(plan('SELECT id FROM articles a ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT 100'), /TEMP B-TREE/);
  assert.doesNotMatch(plan('SELECT id FROM articles a ORDER BY a.imported_at DESC, a.id DESC LIMIT 100'), /TEMP B-TREE/);
  assert.doesNotMatch(plan('SELECT id FROM articles a ORDER BY a.title COLLATE NOCASE ASC, a.id ASC LIMIT 100'), /TEMP B-TREE/);
  assert.match(plan("SELECT id FROM articles a WHERE a.source = 'x' COLLATE NOCASE"), /USING (COVERING )?INDEX articles_source/);
  assert.match(plan("SELECT count(*) FROM articles a WHERE a.language = 'ru' COLLATE NOCASE AND a.read_at IS NULL"), /USING COVERING INDEX/);
  assert.match(plan('SELECT a.source, count(*) FROM articles a WHERE a.starred = 1 GROUP BY a.source COLLATE NOCASE'), /USING COVERING INDEX/);
  assert.match(plan("SELECT id FROM articles a WHERE a.author = 'x' COLLATE NOCASE"), /USING (COVERING )?INDEX articles_author/);
});
