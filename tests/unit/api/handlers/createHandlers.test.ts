import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import type { Channel, RequestOf } from '../../../../electron/common/contract/contract';
import { dispatch } from '../../../../electron/api/dispatch';
import { createHandlers } from '../../../../electron/api/handlers/createHandlers';
import { Library } from '../../../../electron/library/Library';
import { SEEDS, tempDir } from '../../helpers/tempLibrary';

async function seeded(busyTimeoutMs = 5000) {
  const library = Library.create(path.join(tempDir(), 'library.sqlite'), { busyTimeoutMs });
  after(() => library.db.open && library.close());
  await library.seedOnce(SEEDS);
  const handlers = createHandlers({ library, version: 'test', mode: 'browser' });
  const call = <C extends Channel>(channel: C, request: RequestOf<C>) => dispatch(handlers, channel, request);
  return { library, call };
}

test('a library locked by another program answers a clear, transient refusal naming its file, and works once the lock is gone', async () => {
  const { library, call } = await seeded(20);
  // Another program in the middle of a write: SQLite answers SQLITE_BUSY to this one's writes once the wait runs out.
  const other = new Database(library.file);
  other.exec('BEGIN IMMEDIATE');
  try {
    for (const answer of [await call('articles.setStarred', { ids: [1], starred: true }), await call('reading.setPosition', { id: 1, position: 0.5 })]) {
      assert.deepEqual(answer, {
        ok: false,
        error: {
          code: 'library',
          message: `The library ${library.file} is locked by another program. Close the other Dossier window or command and try again.`,
          transient: true,
        },
      });
    }
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
  assert.equal((await call('articles.setStarred', { ids: [1], starred: true })).ok, true);
});

test('a library moved away while open refuses every request until it is put back', async () => {
  const { library, call } = await seeded();
  const moved = `${library.file}.moved`;
  fs.renameSync(library.file, moved);
  const answer = await call('app.info', {});
  assert.equal(answer.ok, false);
  assert.ok(!answer.ok && answer.error.transient);
  assert.ok(!answer.ok && answer.error.message.includes(library.file), 'names the file');
  assert.equal((await call('articles.setRead', { ids: [1], read: true })).ok, false, 'nothing is written to the file moved away');
  fs.renameSync(moved, library.file);
  assert.deepEqual(await call('app.info', {}), { ok: true, data: { version: 'test', libraryFile: library.file, articleCount: 5, mode: 'browser' } });
});

test('a library replaced by another file is refused, not silently written to', async () => {
  const { library, call } = await seeded();
  fs.copyFileSync(library.file, `${library.file}.copy`);
  fs.rmSync(library.file);
  fs.renameSync(`${library.file}.copy`, library.file);
  const answer = await call('articles.list', { limit: 1 });
  assert.ok(!answer.ok && answer.error.code === 'library' && answer.error.transient);
});

test('other refusals are not transient', async () => {
  const { call } = await seeded();
  assert.deepEqual(await call('articles.get', { id: 999 }), { ok: false, error: { code: 'not_found', message: 'There is no article 999.' } });
});
