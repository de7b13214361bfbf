import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IpcMain } from 'electron';
import { contract } from '../../../electron/common/contract/contract';
import { createHandlers } from '../../../electron/api/handlers/createHandlers';
import { IPC_PREFIX } from '../../../electron/common/ipcBridge';
import { registerIpcHandlers } from '../../../electron/ipc/registerIpcHandlers';
import { SEEDS, tempLibrary } from '../helpers/tempLibrary';

type Listener = (event: { senderFrame: { url: string } | null }, request: unknown) => unknown;

/** The real registration, into a stand-in for ipcMain that keeps each channel's listener. */
async function register() {
  const library = tempLibrary();
  await library.seedOnce(SEEDS);
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) };
  registerIpcHandlers(ipcMain as unknown as Pick<IpcMain, 'handle'>, createHandlers({ library, version: 'test', mode: 'desktop' }));
  const call = (url: string | null, channel: string, request: unknown) =>
    listeners.get(IPC_PREFIX + channel)!(url === null ? { senderFrame: null } : { senderFrame: { url } }, request);
  return { library, listeners, call };
}

test('every contract channel, and nothing else, is registered under the prefix', async () => {
  const { listeners } = await register();
  assert.deepEqual(
    [...listeners.keys()].sort(),
    Object.keys(contract)
      .map((c) => IPC_PREFIX + c)
      .sort(),
  );
});

test('frames loaded from app://dossier are answered', async () => {
  const { call } = await register();
  for (const url of ['app://dossier/index.html', 'app://dossier/', 'app://dossier/index.html#x']) {
    const envelope = (await call(url, 'articles.list', { limit: 1 })) as { ok: boolean; data: { total: number } };
    assert.equal(envelope.ok, true, url);
    assert.equal(envelope.data.total, 5);
  }
});

test('any other sender is refused before its request reaches a handler', async () => {
  const { library, call } = await register();
  const strangers = [
    null,
    '',
    'about:blank',
    'file:///tmp/index.html',
    'https://dossier/index.html',
    'http://127.0.0.1:8080/index.html',
    'app://evil/index.html',
    'app://dossier.evil.example/index.html',
    'app://evil@dossier/index.html',
    'app://dossier:1/index.html',
    'data:text/html,<script>1</script>',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/app://dossier/',
    'not a url',
  ];
  for (const url of strangers) {
    const envelope = await call(url, 'views.save', { name: `from ${url}`, query: 'x' });
    assert.deepEqual(envelope, { ok: false, error: { code: 'invalid', message: 'Refused: the request did not come from Dossier.' } }, String(url));
  }
  assert.deepEqual(library.views.list(), [], 'no refused request wrote anything');
});

test('a trusted frame still goes through validation', async () => {
  const { call } = await register();
  const envelope = (await call('app://dossier/index.html', 'articles.get', { id: 'one' })) as { ok: boolean; error: { code: string } };
  assert.equal(envelope.ok, false);
  assert.equal(envelope.error.code, 'invalid');
});
