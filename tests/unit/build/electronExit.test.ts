import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { electronExit } from '../../../build/scripts/electronExit';

test("npm start ends with Electron's own exit status", () => {
  assert.deepEqual(electronExit(0, null), { status: 0 });
  assert.deepEqual(electronExit(3, null), { status: 3 });
});

test('npm start fails, naming the signal, when Electron is killed or crashes', () => {
  assert.deepEqual(electronExit(null, 'SIGKILL', 'darwin'), { status: 137, message: 'Electron was stopped by SIGKILL.' });
  assert.equal(electronExit(null, 'SIGTERM', 'linux').status, 143);
  assert.equal(electronExit(null, 'SIGSEGV', 'win32').status, 139);
});

test("on Linux a crash points to the README's sandbox notes, which a kill does not", () => {
  for (const signal of ['SIGTRAP', 'SIGILL', 'SIGABRT'] as const) {
    assert.match(electronExit(null, signal, 'linux').message!, /Running from a clone on Linux/, signal);
    assert.doesNotMatch(electronExit(null, signal, 'darwin').message!, /Running from a clone/, signal);
  }
  assert.doesNotMatch(electronExit(null, 'SIGKILL', 'linux').message!, /Running from a clone/);
});

test('the status given for a signal is the one a shell reports for a process killed by it', async () => {
  const child = spawn('sh', ['-c', 'kill -KILL $$']);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  const shell = spawn('sh', ['-c', 'sh -c "kill -KILL \\$\\$"; exit $?']);
  const shellStatus = await new Promise<number | null>((resolve) => shell.on('exit', (c) => resolve(c)));
  assert.equal(electronExit(code, signal).status, shellStatus);
});
