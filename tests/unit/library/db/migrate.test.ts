import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { backupFileFor, KEPT_BACKUPS } from '../../../../electron/library/db/backupBeforeMigration';
import { LibraryError } from '../../../../electron/library/db/LibraryError';
import { migrate } from '../../../../electron/library/db/migrate';
import { LATEST_VERSION, migrations } from '../../../../electron/library/db/migrations';
import { Library } from '../../../../electron/library/Library';
import { tempDir } from '../../helpers/tempLibrary';

test('migrations are numbered 1..N in order', () => {
  assert.deepEqual(
    migrations.map((m) => m.version),
    migrations.map((_, i) => i + 1),
  );
  assert.equal(LATEST_VERSION, migrations.length);
});

test('a new library is at the latest version, in WAL mode, with foreign keys on', async () => {
  const file = path.join(tempDir(), 'lib.sqlite');
  const library = await Library.open(file);
  try {
    assert.equal(library.db.pragma('user_version', { simple: true }), LATEST_VERSION);
    assert.equal(library.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(library.db.pragma('foreign_keys', { simple: true }), 1);
    assert.ok((library.db.pragma('busy_timeout', { simple: true }) as number) >= 1000);
  } finally {
    library.close();
  }
  assert.deepEqual(
    fs.readdirSync(path.dirname(file)).filter((f) => f.includes('backup')),
    [],
    'nothing to back up',
  );
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

test('a library from a newer Dossier is refused with a clear message and left untouched', async () => {
  const file = path.join(tempDir(), 'future.sqlite');
  const db = new Database(file);
  db.pragma(`user_version = ${LATEST_VERSION + 1}`);
  db.close();
  const before = fs.readFileSync(file);
  await assert.rejects(
    Library.open(file),
    (err: unknown) => err instanceof LibraryError && err.code === 'newer' && err.message.includes(file) && /newer version of Dossier/.test(err.message),
  );
  assert.deepEqual(fs.readFileSync(file), before);
  assert.deepEqual(fs.readdirSync(path.dirname(file)), ['future.sqlite']);
});

/** A library file at schema 3 holding one article, closed; returns its articles as stored. */
function libraryAtV3(file: string): unknown[] {
  const db = new Database(file);
  migrate(db, file, migrations.slice(0, 3));
  db.prepare(
    `INSERT INTO articles (file, content_hash, title, word_count, body, blocks, imported_at, updated_at, read_at, starred)
    VALUES ('/minsk.txt', 'h1', 'Talks in Minsk', 5, 'The delegation arrived in Minsk.', '[]', 'then', 'then', 'later', 1)`,
  ).run();
  const rows = db.prepare('SELECT * FROM articles').all();
  db.close();
  return rows;
}

test('an older library is backed up through SQLite before its upgrade: a valid database at the old version with the old content', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'library.sqlite');
  const rows = libraryAtV3(file);
  const library = await Library.open(file);
  assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= 4);
  library.close();

  const backup = backupFileFor(file, 3);
  assert.equal(backup, path.join(dir, 'library.v3-backup.sqlite'));
  const copy = new Database(backup, { readonly: true, fileMustExist: true });
  assert.equal(copy.pragma('integrity_check', { simple: true }), 'ok');
  assert.equal(copy.pragma('user_version', { simple: true }), 3);
  assert.deepEqual(copy.prepare('SELECT * FROM articles').all(), rows);
  copy.close();
  assert.deepEqual(fs.readdirSync(dir).sort(), ['library.sqlite', 'library.v3-backup.sqlite']);

  const before = fs.readFileSync(backup);
  (await Library.open(file)).close();
  assert.deepEqual(fs.readFileSync(backup), before, 'a current library is not backed up again');
});

test('when the backup cannot be written nothing is migrated, and the message names the backup file', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'library.sqlite');
  libraryAtV3(file);
  const before = fs.readFileSync(file);
  const backup = backupFileFor(file, 3);
  fs.mkdirSync(path.join(backup, 'in-the-way'), { recursive: true });
  await assert.rejects(
    Library.open(file),
    (err: unknown) => err instanceof LibraryError && err.code === 'backup' && err.message.includes(backup) && err.message.includes(file),
  );
  assert.deepEqual(fs.readFileSync(file), before);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['library.sqlite', 'library.v3-backup.sqlite']);
});

test("only the backups of the newest schema versions are kept, and only this library's", async () => {
  const dir = tempDir();
  const file = path.join(dir, 'library.sqlite');
  libraryAtV3(file);
  for (const name of ['library.v1-backup.sqlite', 'library.v2-backup.sqlite', 'other.v1-backup.sqlite']) fs.writeFileSync(path.join(dir, name), 'old');
  (await Library.open(file)).close();
  const kept = [3, 2, 1].slice(0, KEPT_BACKUPS).map((v) => path.basename(backupFileFor(file, v)));
  assert.deepEqual(
    fs
      .readdirSync(dir)
      .filter((f) => f.includes('backup'))
      .sort(),
    [...kept, 'other.v1-backup.sqlite'].sort(),
  );
});

test('a library named by a bare file name in the working folder is backed up and upgraded', async (t) => {
  const dir = tempDir();
  libraryAtV3(path.join(dir, 'library.sqlite'));
  const cwd = process.cwd();
  process.chdir(dir);
  t.after(() => process.chdir(cwd));
  const library = await Library.open('library.sqlite');
  assert.ok((library.db.pragma('user_version', { simple: true }) as number) > 3);
  library.close();
  assert.deepEqual(fs.readdirSync(dir).sort(), ['library.sqlite', 'library.v3-backup.sqlite']);
});

test('a migration another process applied after the version was read is skipped, not run twice', () => {
  const file = path.join(tempDir(), 'raced.sqlite');
  const first = new Database(file);
  migrate(first, file, migrations.slice(0, 3));
  const second = new Database(file);
  // The second process read version 3, then the first upgraded the file before the second took the write lock.
  migrate(first, file, migrations);
  let stale = true;
  const behind = new Proxy(second, {
    get(target, prop) {
      if (prop === 'pragma') {
        return (source: string, options?: { simple?: boolean }) => {
          if (stale && source === 'user_version') return ((stale = false), 3);
          return target.pragma(source, options);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  assert.doesNotThrow(() => migrate(behind, file, migrations));
  assert.equal(second.pragma('user_version', { simple: true }), migrations.length);
  first.close();
  second.close();
});
