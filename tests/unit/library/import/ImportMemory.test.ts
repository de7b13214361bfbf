import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import {
  IMPORT_CACHE_MAX_KIB,
  IMPORT_CACHE_MIN_KIB,
  IMPORT_HEAP_GROWING_PERCENT,
  ImportMemory,
  importCacheKib,
} from '../../../../electron/library/import/ImportMemory';
import { tempDir } from '../../helpers/tempLibrary';

const MB = 1024 * 1024;

/** A database file of about `mb` MB, in 4 KB pages. */
function databaseOf(mb: number): Database.Database {
  const db = new Database(path.join(tempDir(), 'lib.sqlite'));
  db.pragma('page_size = 4096');
  db.exec('CREATE TABLE filler (b BLOB)');
  grow(db, mb);
  return db;
}

function grow(db: Database.Database, mb: number): void {
  const add = db.prepare('INSERT INTO filler VALUES (zeroblob(65536))');
  db.transaction(() => {
    for (let i = 0; i < mb * 16; i++) add.run();
  })();
}

const cacheSize = (db: Database.Database) => db.pragma('cache_size', { simple: true });

/** V8 flags as an import sets them, recorded rather than set. */
function v8Flags(): { set: (flags: string) => void; seen: string[] } {
  const seen: string[] = [];
  return { set: (flags) => seen.push(flags), seen };
}

test('the cache is a quarter of the library, no less than the least and no more than the most', () => {
  assert.equal(importCacheKib(0), IMPORT_CACHE_MIN_KIB);
  assert.equal(importCacheKib(160 * MB), 40 * 1024);
  assert.equal(importCacheKib(4096 * MB), IMPORT_CACHE_MAX_KIB);
});

test('an import sizes the cache to the library before each batch, as it grows, and puts back what it was', () => {
  const db = databaseOf(48);
  const before = cacheSize(db);
  const flags = v8Flags();
  const memory = new ImportMemory(db, flags.set);
  const quarter = () => -Math.round(((db.pragma('page_count', { simple: true }) as number) * 4096) / 4 / 1024);
  assert.ok(Math.abs(quarter() + 12 * 1024) < 256, 'a quarter of 48 MB');
  assert.equal(cacheSize(db), quarter());
  grow(db, 16);
  memory.fit();
  assert.equal(cacheSize(db), quarter());
  assert.ok(Math.abs(quarter() + 16 * 1024) < 256, 'a quarter of 64 MB');
  memory.restore();
  assert.equal(cacheSize(db), before);
  assert.deepEqual(flags.seen, [`--heap-growing-percent=${IMPORT_HEAP_GROWING_PERCENT}`, '--heap-growing-percent=0'], "V8's growth narrowed, then its own");
});

test('an import started while another writes leaves the cache and the heap to the first', () => {
  const [db, other] = [databaseOf(48), databaseOf(8)];
  const before = cacheSize(db);
  const flags = v8Flags();
  const first = new ImportMemory(db, flags.set);
  const sized = cacheSize(db);
  const second = new ImportMemory(db, flags.set);
  const elsewhere = new ImportMemory(other, flags.set);
  assert.equal(cacheSize(other), -IMPORT_CACHE_MIN_KIB, "another library's cache is its own");
  grow(db, 16);
  second.fit();
  assert.equal(cacheSize(db), sized, 'the second does not size it');
  second.restore();
  elsewhere.restore();
  assert.equal(cacheSize(db), sized, 'nor put it back');
  assert.equal(flags.seen.length, 1, 'the heap stays narrowed while the first runs');
  first.restore();
  assert.equal(cacheSize(db), before);
  assert.deepEqual(flags.seen.at(-1), '--heap-growing-percent=0');
});
