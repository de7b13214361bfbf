/**
 * `npm run test:unit`: every file under tests/unit, in its own process. node --test keeps a core back, so on a two-core
 * machine it runs one file at a time; its files mostly wait on starting, on child processes and on the disk, so one
 * file per core (and at least two) ends the suite in about two thirds of the time.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const files = fs
  .readdirSync(path.join(root, 'tests', 'unit'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => path.join('tests', 'unit', f))
  .sort();
const concurrency = Math.max(2, os.availableParallelism());
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
