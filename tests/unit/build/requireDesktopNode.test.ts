import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DESKTOP_ENGINE, desktopNodeProblem, minimumOf } from '../../../build/scripts/requireDesktopNode';
import { ROOT } from '../helpers/tempLibrary';

const engines = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: Record<string, string> }).engines;

test('package.json says the tests, the CLI and browser mode need Node 20, and npm start and npm run dist Node 22.12', () => {
  assert.deepEqual(engines, { node: '>=20', [DESKTOP_ENGINE]: '>=22.12.0' });
});

test("the version asked for npm start and npm run dist is at least what Electron's tooling declares", () => {
  const lowest = `v${minimumOf(engines[DESKTOP_ENGINE]!).join('.')}`;
  for (const tool of ['electron', '@electron/rebuild', '@electron/get']) {
    const declared = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', tool, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    assert.equal(desktopNodeProblem(lowest, { node: engines.node!, [DESKTOP_ENGINE]: declared }), null, `${tool} declares ${declared}`);
  }
});

test('a Node older than that is told which version to install; that version and newer ones pass', () => {
  for (const old of ['v20.20.2', 'v22.11.0', 'v22.9.9', 'v18.0.0', 'v21.99.0']) {
    const problem = desktopNodeProblem(old, engines);
    assert.match(problem ?? '', /need Node\.js 22\.12\.0 or newer/, old);
    assert.match(problem!, new RegExp(`this is Node\\.js ${old.replaceAll('.', '\\.')}`), old);
    assert.match(problem!, /Install Node\.js 22\.12\.0 or newer/, old);
  }
  for (const recent of ['v22.12.0', 'v22.12.1', 'v22.13.0', 'v23.0.0', 'v24.11.1', 'v100.0.0']) {
    assert.equal(desktopNodeProblem(recent, engines), null, recent);
  }
});

test('a range it cannot read is an error, not a pass', () => {
  assert.throws(() => minimumOf('^22.12.0 || >=24'), /Cannot read the Node\.js version range/);
  assert.throws(() => desktopNodeProblem('v24.0.0', { node: '>=20' }), /Cannot read/);
});

test('the script stops npm start on this Node exactly when the check says so', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'build', 'scripts', 'requireDesktopNode.ts')], { encoding: 'utf8' });
  const problem = desktopNodeProblem(process.version, engines);
  assert.equal(run.status, problem ? 1 : 0);
  assert.equal(run.stderr.trim(), problem ?? '');
});
