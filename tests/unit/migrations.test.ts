import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { LibraryError } from '../../electron/library/db/LibraryError';
import { migrate } from '../../electron/library/db/migrate';
import { LATEST_VERSION, migrations } from '../../electron/library/db/migrations';
import { Library } from '../../electron/library/Library';
import { tempDir } from './helpers/tempLibrary';

test('migrations are numbered 1..N in order', () => {
  assert.deepEqual(migrations.map((m) => m.version), migrations.map((_, i) => i + 1));
  assert.equal(LATEST_VERSION, migrations.length);
});

test('a new library is at the latest version, in WAL mode, with foreign keys on', () => {
  const file = path.join(tempDir(), 'lib.sqlite');
  const library = Library.open(file);
  try {
    assert.equal(library.db.pragma('user_version', { simple: true }), LATEST_VERSION);
    assert.equal(library.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(library.db.pragma('foreign_keys', { simple: true }), 1);
    assert.ok((library.db.pragma('busy_timeout', { simple: true }) as number) >= 1000);
  } finally {
    library.close();
  }
});

test('m001 creates articles whose FTS index follows inserts, updates and deletes', () => {
  const db = new Database(':memory:');
  migrate(db, ':memory:', migrations.slice(0, 1));
  const insert = db.prepare(`INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at)
    VALUES (?, 'h', ?, 1, ?, '[]', 'now', 'now')`);
  const id = Number(insert.run('/a.txt', 'Minsk talks', 'The delegation arrived.').lastInsertRowid);
  const match = (q: string) => (db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(q) as { n: number }).n;
  assert.equal(match('minsk'), 1);
  db.prepare('UPDATE articles SET title = ? WHERE id = ?').run('Beijing talks', id);
  assert.equal(match('minsk'), 0);
  assert.equal(match('beijing'), 1);
  db.prepare('DELETE FROM articles WHERE id = ?').run(id);
  assert.equal(match('beijing'), 0);
  db.close();
});

test('a migration that fails leaves the database at the previous version', () => {
  const db = new Database(':memory:');
  const broken = { version: 2, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE x (a); SELECT no_such_function();') };
  assert.throws(() => migrate(db, ':memory:', [migrations[0]!, broken]));
  assert.equal(db.pragma('user_version', { simple: true }), 1);
  assert.deepEqual(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'x'").get(), { n: 0 });
  db.close();
});

test('a library from a newer Dossier is refused with a clear message and left untouched', () => {
  const file = path.join(tempDir(), 'future.sqlite');
  const db = new Database(file);
  db.pragma(`user_version = ${LATEST_VERSION + 1}`);
  db.close();
  const before = fs.readFileSync(file);
  assert.throws(
    () => Library.open(file),
    (err: unknown) => err instanceof LibraryError && err.code === 'newer' && err.message.includes(file) && /newer version of Dossier/.test(err.message),
  );
  assert.deepEqual(fs.readFileSync(file), before);
  assert.equal(fs.existsSync(`${file}-wal`), false);
});
