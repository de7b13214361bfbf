import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { LibraryError, type LibraryErrorCode } from '../../../../electron/library/db/LibraryError';
import { Library } from '../../../../electron/library/Library';
import { handToCli, runCli } from '../../helpers/runCli';
import { tempDir } from '../../helpers/tempLibrary';

const isLibraryError = (code: LibraryErrorCode, file: string) => (err: unknown) =>
  err instanceof LibraryError && err.code === code && err.message.includes(file);

/** `count` one-paragraph clippings in a new folder. */
function clippings(count: number, dir = tempDir()): string {
  for (let i = 0; i < count; i++) {
    fs.writeFileSync(
      path.join(dir, `c${String(i).padStart(5, '0')}.txt`),
      `Report ${i} from ${path.basename(dir)}\n\nTalks in Minsk on trade, round ${i}. ${'The delegation met again. '.repeat(8)}`,
    );
  }
  return dir;
}

/** A library holding one article, closed. */
async function smallLibrary(dir = tempDir()): Promise<string> {
  const file = path.join(dir, 'library.sqlite');
  const library = Library.create(file);
  await library.import([clippings(1)]);
  library.close();
  return file;
}

test('a file that is not a library gives a message naming it, and is not changed', async () => {
  const file = path.join(tempDir(), 'notes.sqlite');
  fs.writeFileSync(file, 'this is not a database, just some text that is long enough to look like a header'.repeat(20));
  const before = fs.readFileSync(file);
  await assert.rejects(Library.open(file), isLibraryError('corrupt', file));
  assert.deepEqual(fs.readFileSync(file), before);
});

test('random bytes and a truncated library are refused as damaged, and not changed', async () => {
  const whole = fs.readFileSync(await smallLibrary());
  const dir = tempDir();
  const damaged = { random: crypto.randomBytes(64 * 1024), half: whole.subarray(0, whole.length / 2), header: whole.subarray(0, 100) };
  for (const [name, bytes] of Object.entries(damaged)) {
    const file = path.join(dir, `${name}.sqlite`);
    fs.writeFileSync(file, bytes);
    await assert.rejects(Library.open(file), isLibraryError('corrupt', file), name);
    assert.deepEqual(fs.readFileSync(file), bytes, name);
  }
});

test('a library locked by another program gives a message naming it', async () => {
  const file = await smallLibrary();
  const holder = new Database(file);
  holder.pragma('locking_mode = EXCLUSIVE');
  holder.exec('BEGIN EXCLUSIVE');
  try {
    await assert.rejects(Library.open(file, { busyTimeoutMs: 100 }), isLibraryError('locked', file));
  } finally {
    holder.exec('ROLLBACK');
    holder.close();
  }
});

test('an import while another program holds the write lock fails naming the library, writes nothing, and works once it is released', async () => {
  const file = await smallLibrary();
  const folder = clippings(5);
  const library = await Library.open(file, { busyTimeoutMs: 100 });
  const holder = new Database(file);
  holder.exec('BEGIN IMMEDIATE');
  try {
    await assert.rejects(library.import([folder]), isLibraryError('locked', file));
    assert.equal(library.articles.count(), 1);
  } finally {
    holder.exec('ROLLBACK');
    holder.close();
  }
  assert.deepEqual(
    (await library.import([folder])).map((r) => r.status),
    Array(5).fill('added'),
  );
  library.close();
});

test('a library in a folder that cannot be created gives a message naming it', async () => {
  const blocker = path.join(tempDir(), 'a-file');
  fs.writeFileSync(blocker, 'x');
  const file = path.join(blocker, 'library.sqlite');
  await assert.rejects(Library.open(file), isLibraryError('unavailable', file));
});

test('a library whose folders do not exist yet is created with them', async () => {
  const file = path.join(tempDir(), 'not', 'yet', 'library.sqlite');
  const library = await Library.open(file);
  assert.equal(library.articles.count(), 0);
  library.close();
  assert.ok(fs.statSync(file).size > 0);
});

test('a read-only library file can be read; an import into it fails naming it and changes nothing', async () => {
  const dir = tempDir();
  const file = await smallLibrary(dir);
  const folder = clippings(3);
  handToCli(dir, folder);
  fs.chmodSync(file, 0o444);
  const before = fs.readFileSync(file);
  const list = runCli(['list', '--db', file, '--json']);
  assert.equal(list.code, 0, list.stderr);
  assert.equal(JSON.parse(list.stdout).total, 1);
  const imported = runCli(['import', folder, '--db', file]);
  assert.equal(imported.code, 2);
  assert.match(imported.stderr, /^dossier: The library .* is read-only\./);
  assert.ok(imported.stderr.includes(file), imported.stderr);
  assert.deepEqual(fs.readFileSync(file), before);
});

test('a library in a read-only folder is refused with a message naming it, and nothing is written there', async () => {
  const dir = tempDir();
  const file = await smallLibrary(dir);
  handToCli(dir);
  fs.chmodSync(dir, 0o555);
  const before = fs.readFileSync(file);
  const list = runCli(['list', '--db', file]);
  fs.chmodSync(dir, 0o755);
  assert.equal(list.code, 2);
  assert.match(list.stderr, /^dossier: The library .* is read-only\./);
  assert.ok(list.stderr.includes(file), list.stderr);
  assert.deepEqual(fs.readdirSync(dir), ['library.sqlite']);
  assert.deepEqual(fs.readFileSync(file), before);
});

test('a full disk stops an import with a clear message, keeps whole batches only, and the import can finish later', async () => {
  const BATCH = 200;
  const folder = clippings(5 * BATCH);
  const file = path.join(tempDir(), 'library.sqlite');
  const library = Library.create(file);
  // SQLite fails with SQLITE_FULL once the file would pass this many pages, as on a full disk: 500 KB more, about half what the import needs.
  const pages = library.db.pragma('page_count', { simple: true }) as number;
  const pageSize = library.db.pragma('page_size', { simple: true }) as number;
  library.db.pragma(`max_page_count = ${pages + Math.round(500_000 / pageSize)}`);
  await assert.rejects(library.import([folder]), isLibraryError('full', file));
  const kept = library.articles.count();
  assert.ok(kept > 0 && kept < 5 * BATCH, `the limit falls inside the import (${kept} kept)`);
  assert.equal(kept % BATCH, 0, `${kept} articles is not a whole number of batches`);
  assert.equal(library.db.pragma('integrity_check', { simple: true }), 'ok');
  assert.deepEqual(library.db.pragma('foreign_key_check'), []);

  library.db.pragma('max_page_count = 1073741823');
  const again = await library.import([folder]);
  assert.equal(again.filter((r) => r.status === 'added').length, 5 * BATCH - kept);
  assert.equal(library.articles.count(), 5 * BATCH);
  library.close();
});
