/**
 * `npm run test:unit`: every file under tests/unit, in one process per core (at least two), each taking every n-th
 * file. node --test starts a process for each file, and loading the library through tsx costs each about a second
 * (1.7 s against 0.7 compiled): 173 files spent more time starting than testing. Run this way the suite took about
 * 200 s here, against 327 s with node --test at two files at a time and 496 s at one.
 *
 * Each file is a suite of its own, named by its path: its top-level before and after hooks are its own, a hook or a
 * load that fails fails that file alone, and the report says which file each test is in.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe } from 'node:test';

const root = path.resolve(__dirname, '..', '..');
const unit = path.join(root, 'tests', 'unit');
/**
 * A shard still running after this long is stopped, and its output so far printed: a test that never ends would
 * otherwise hold up the run for good. A shard takes about 3 minutes here.
 */
const SHARD_DEADLINE_MS = 15 * 60_000;
/**
 * How long a shard may stay up once its tests have ended: a worker or server a test left open (one stopped at its own
 * timeout, say) would otherwise keep it running. Its failures were printed as they came; Node 20 writes the report's
 * summary only when nothing is left open, and its --test-force-exit would exit before writing it even then.
 */
const LINGER_MS = 5_000;

/** The test files of shard `k` of `n`, in a fixed order. */
function shardFiles(k: number, n: number): string[] {
  return fs
    .readdirSync(unit, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .filter((_, i) => i % n === k)
    .map((f) => path.join(unit, f));
}

/** Runs shard `k` of `n` in a child process; resolves with its exit code once its whole output has been printed. */
function runShard(k: number, n: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test-reporter=spec', __filename, `${k}/${n}`], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Printed whole when the shard ends: the shards' lines interleaved would not say which test a failure belongs to.
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, SHARD_DEADLINE_MS);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(deadline);
      process.stdout.write(Buffer.concat(output));
      const outcome = timedOut
        ? `stopped after ${SHARD_DEADLINE_MS / 60_000} minutes: the test after the last printed never ended`
        : code === 0
          ? 'passed'
          : `failed (${signal ?? `exit status ${code}`})`;
      console.log(`unit tests, shard ${k + 1} of ${n}: ${outcome}\n`);
      resolve(code ?? 1);
    }),
  );
}

const shard = /^(\d+)\/(\d+)$/.exec(process.argv[2] ?? '');
if (shard) {
  // Loaded at once, in order: every file's tests and hooks are registered before the first test runs.
  for (const file of shardFiles(Number(shard[1]), Number(shard[2]))) describe(path.relative(root, file), () => void require(file));
  after(() => void setTimeout(() => process.exit(), LINGER_MS).unref());
} else {
  const n = Math.max(2, os.availableParallelism());
  // The exit status is set rather than exited with, so that what was printed to a pipe is written out first.
  void Promise.all(Array.from({ length: n }, (_, k) => runShard(k, n))).then((codes) => (process.exitCode = codes.every((c) => c === 0) ? 0 : 1));
}
