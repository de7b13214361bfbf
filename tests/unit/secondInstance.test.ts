import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { answerSecondLaunch, launchRequest, pathsToImport } from '../../electron/secondInstance';
import { COMMAND_CHANNEL } from '../../electron/common/ipcBridge';

const cwd = path.resolve('/home/reader/clippings');

test("a launch names the files and folders on its command line, absolute, without Electron's own arguments or switches", () => {
  const packaged = ['/opt/Dossier/dossier', 'today.md', '--no-sandbox', '../older', '-psn_0_12345'];
  assert.deepEqual(launchRequest(packaged, cwd, false), { importPaths: [path.join(cwd, 'today.md'), path.resolve(cwd, '../older')] });
  const fromClone = ['/project/node_modules/electron/dist/electron', '/project', '--user-data-dir=/tmp/profile', path.resolve('/tmp/a.txt')];
  assert.deepEqual(launchRequest(fromClone, cwd, true), { importPaths: [path.resolve('/tmp/a.txt')] });
  assert.deepEqual(launchRequest(['/opt/Dossier/dossier'], cwd, false), { importPaths: [] });
});

test('only absolute paths from a launch request are imported; anything else a second process sends is ignored', () => {
  const file = path.resolve('/tmp/a.md');
  assert.deepEqual(pathsToImport({ importPaths: [file, 'relative.md', 3, null] }), [file]);
  for (const data of [undefined, null, 'a.md', [file], { importPaths: file }, { paths: [file] }]) {
    assert.deepEqual(pathsToImport(data), [], JSON.stringify(data));
  }
});

/** A stand-in for the reader's window that records what is done to it. */
function window(minimized: boolean) {
  const calls: unknown[][] = [];
  return {
    calls,
    isMinimized: () => minimized,
    restore: () => void calls.push(['restore']),
    show: () => void calls.push(['show']),
    focus: () => void calls.push(['focus']),
    webContents: { send: (channel: string, message: unknown) => void calls.push(['send', channel, message]) },
  };
}

test('a second launch brings the window forward and has the reader import what it named', () => {
  const file = path.resolve('/tmp/a.md');
  const minimized = window(true);
  answerSecondLaunch(minimized, launchRequest(['/opt/Dossier/dossier', file], cwd, false));
  assert.deepEqual(minimized.calls, [['restore'], ['show'], ['focus'], ['send', COMMAND_CHANNEL, { importPaths: [file] }]]);
  const open = window(false);
  answerSecondLaunch(open, launchRequest(['/opt/Dossier/dossier'], cwd, false));
  assert.deepEqual(open.calls, [['show'], ['focus']]);
  assert.doesNotThrow(() => answerSecondLaunch(undefined, { importPaths: [file] }));
});
