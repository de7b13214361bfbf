import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { dispatch } from '../../../../electron/api/dispatch';
import { createHandlers } from '../../../../electron/api/handlers/createHandlers';
import { SEEDS, tempLibrary } from '../../helpers/tempLibrary';

test('showing a file in its folder is for the desktop app; browser mode answers with the path to copy', async () => {
  const library = tempLibrary();
  const shown: string[] = [];
  const desktop = createHandlers({ library, version: 'test', mode: 'desktop', showInFolder: (file) => shown.push(file) });
  const seed = path.join(SEEDS, fs.readdirSync(SEEDS)[0]!);
  assert.deepEqual(await dispatch(desktop, 'dialogs.showInFolder', { path: seed }), { ok: true, data: {} });
  assert.deepEqual(shown, [seed]);
  for (const madeUp of [path.join(SEEDS, 'no-such-file.txt'), 'seeds/relative.txt', SEEDS]) {
    const refused = await dispatch(desktop, 'dialogs.showInFolder', { path: madeUp });
    assert.equal(refused.ok ? null : refused.error.code, 'not_found', madeUp);
  }
  assert.deepEqual(shown, [seed], 'only a file that is there is shown');

  const browserMode = createHandlers({ library, version: 'test', mode: 'browser' });
  const answer = await dispatch(browserMode, 'dialogs.showInFolder', { path: seed });
  assert.deepEqual(answer, { ok: false, error: { code: 'not_found', message: `Only the desktop app can open a folder. The file is at ${seed}` } });
});
