import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Channel, RequestOf } from '../../../../electron/common/contract/contract';
import { DEFAULT_SETTINGS } from '../../../../electron/common/shapes/settingChoices';
import { dispatch } from '../../../../electron/api/dispatch';
import { createHandlers } from '../../../../electron/api/handlers/createHandlers';
import { Library } from '../../../../electron/library/Library';
import { tempLibrary } from '../../helpers/tempLibrary';

function api(library: Library) {
  const handlers = createHandlers({ library, version: 'test', mode: 'browser' });
  return <C extends Channel>(channel: C, request: RequestOf<C>) => dispatch(handlers, channel, request);
}

test('a new library answers the defaults; a partial write changes only what it names and answers the whole', async () => {
  const call = api(tempLibrary());
  assert.deepEqual(await call('settings.get', {}), { ok: true, data: { settings: DEFAULT_SETTINGS } });
  const written = await call('settings.set', { settings: { theme: 'sepia', fontSize: 21, listWidth: 300 } });
  const expected = { ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 21, listWidth: 300 };
  assert.deepEqual(written, { ok: true, data: { settings: expected } });
  await call('settings.set', { settings: { notesOpen: false } });
  assert.deepEqual(await call('settings.get', {}), { ok: true, data: { settings: { ...expected, notesOpen: false } } });
});

test('settings survive closing and opening the library again', async () => {
  const library = tempLibrary();
  await api(library)('settings.set', { settings: { font: 'sans', entities: 'hover' } });
  library.close();
  const reopened = await Library.open(library.file);
  try {
    const answer = await api(reopened)('settings.get', {});
    assert.deepEqual(answer, { ok: true, data: { settings: { ...DEFAULT_SETTINGS, font: 'sans', entities: 'hover' } } });
  } finally {
    reopened.close();
  }
});

test('values out of range or unknown are refused by name and nothing is stored', async () => {
  const library = tempLibrary();
  const call = api(library);
  for (const settings of [{ fontSize: 100 }, { theme: 'neon' }, { measure: 50.5 }, { colour: 'red' }]) {
    const answer = await call('settings.set', { settings } as RequestOf<'settings.set'>);
    assert.equal(answer.ok, false, JSON.stringify(settings));
    if (!answer.ok) assert.equal(answer.error.code, 'invalid');
  }
  assert.equal(library.getSetting('reader.settings'), null);
});

test('a stored value that is damaged or no longer valid falls back to its default alone', async () => {
  const library = tempLibrary();
  library.setSetting('reader.settings', JSON.stringify({ theme: 'dark', fontSize: 999, font: 'comic' }));
  const answer = await api(library)('settings.get', {});
  assert.deepEqual(answer, { ok: true, data: { settings: { ...DEFAULT_SETTINGS, theme: 'dark' } } });
  library.setSetting('reader.settings', '{not json');
  assert.deepEqual(await api(library)('settings.get', {}), { ok: true, data: { settings: DEFAULT_SETTINGS } });
});
