import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { dispatch } from '../../../../electron/api/dispatch';
import { createHandlers } from '../../../../electron/api/handlers/createHandlers';
import { Library } from '../../../../electron/library/Library';
import { SEEDS, tempDir } from '../../helpers/tempLibrary';

async function open(file: string) {
  const library = await Library.open(file);
  await library.seedOnce(SEEDS);
  const handlers = createHandlers({ library, version: 'test', mode: 'cli' });
  const call = async (channel: string, request: unknown) => {
    const envelope = await dispatch(handlers, channel, request);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.data as Record<string, unknown>;
  };
  return { library, call };
}

test('saved searches and the current query survive a restart, with live counts', async () => {
  const file = path.join(tempDir(), 'library.sqlite');
  const first = await open(file);
  const { id } = (await first.call('views.save', { name: 'Xinhua on Belarus', query: 'belarus source:xinhua' })) as { id: number };
  await first.call('views.save', { name: 'Starred', query: 'is:starred' });
  await first.call('views.setCurrent', { query: 'lukashenko sort:title' });
  first.library.close();

  const second = await open(file);
  try {
    assert.deepEqual((await second.call('views.list', {})).views, [
      { id: 2, name: 'Starred', query: 'is:starred', count: 0 },
      { id, name: 'Xinhua on Belarus', query: 'belarus source:xinhua', count: 1 },
    ]);
    assert.deepEqual(await second.call('views.current', {}), { query: 'lukashenko sort:title' });
    await second.call('articles.setStarred', { ids: [1, 2], starred: true });
    const views = (await second.call('views.list', {})).views as { name: string; count: number }[];
    assert.equal(views.find((v) => v.name === 'Starred')?.count, 2, 'counts follow the library');
  } finally {
    second.library.close();
  }
});

test('saving under an existing name replaces its query; deleting removes it; names are required', async () => {
  const { library, call } = await open(path.join(tempDir(), 'library.sqlite'));
  try {
    const { id } = (await call('views.save', { name: 'Trade', query: 'trade' })) as { id: number };
    assert.deepEqual(await call('views.save', { name: ' trade ', query: 'tariff*' }), { id });
    assert.deepEqual((await call('views.list', {})).views, [{ id, name: 'Trade', query: 'tariff*', count: 0 }]);
    await assert.rejects(call('views.save', { name: '   ', query: 'x' }), /Invalid request for views\.save: name/);
    assert.deepEqual(await call('views.delete', { id }), {});
    await assert.rejects(call('views.delete', { id }), /There is no saved search/);
    assert.deepEqual((await call('views.list', {})).views, []);
  } finally {
    library.close();
  }
});
