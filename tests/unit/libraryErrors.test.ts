import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { LibraryError } from '../../electron/library/db/LibraryError';
import { Library } from '../../electron/library/Library';
import { tempDir } from './helpers/tempLibrary';

test('a file that is not a library gives a message naming it, and is not changed', () => {
  const file = path.join(tempDir(), 'notes.sqlite');
  fs.writeFileSync(file, 'this is not a database, just some text that is long enough to look like a header'.repeat(20));
  const before = fs.readFileSync(file);
  assert.throws(
    () => Library.open(file),
    (err: unknown) => err instanceof LibraryError && err.code === 'corrupt' && err.message.includes(file),
  );
  assert.deepEqual(fs.readFileSync(file), before);
});

test('a library locked by another program gives a message naming it', () => {
  const file = path.join(tempDir(), 'locked.sqlite');
  Library.open(file).close();
  const holder = new Database(file);
  holder.pragma('locking_mode = EXCLUSIVE');
  holder.exec('BEGIN EXCLUSIVE');
  try {
    const started = Date.now();
    assert.throws(
      () => Library.open(file),
      (err: unknown) => err instanceof LibraryError && err.code === 'locked' && err.message.includes(file),
    );
    assert.ok(Date.now() - started < 15_000);
  } finally {
    holder.exec('ROLLBACK');
    holder.close();
  }
});

test('a library in a folder that cannot be created gives a message naming it', () => {
  const blocker = path.join(tempDir(), 'a-file');
  fs.writeFileSync(blocker, 'x');
  const file = path.join(blocker, 'library.sqlite');
  assert.throws(
    () => Library.open(file),
    (err: unknown) => err instanceof LibraryError && err.code === 'unavailable' && err.message.includes(file),
  );
});
