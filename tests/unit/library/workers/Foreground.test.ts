import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { evalWorker } from '../../helpers/evalWorker';
import { Foreground, QUIET_MS } from '../../../../electron/library/workers/Foreground';

const MODULE = path.resolve(__dirname, '../../../../electron/library/workers/Foreground.ts');

/**
 * A worker that, once `go` is set, waits while `foreground` runs and then answers the time it went on. `go` lets the
 * test start the wait from inside Foreground.during, whose thread can take no message meanwhile.
 */
function waiter(foreground: Foreground) {
  const go = new Int32Array(new SharedArrayBuffer(4));
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { waitWhileForeground } = require(${JSON.stringify(MODULE)});
    const go = new Int32Array(workerData.go);
    parentPort.postMessage('ready');
    Atomics.wait(go, 0, 0);
    waitWhileForeground(workerData.foreground);
    parentPort.postMessage(Date.now());`;
  const worker = evalWorker(code, { workerData: { go: go.buffer, foreground: foreground.shared } });
  const message = () =>
    new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const ready = message();
  return {
    ready,
    /** Lets the worker wait; resolves with the time it went on. */
    start(): Promise<number> {
      const answer = message() as Promise<number>;
      Atomics.store(go, 0, 1);
      Atomics.notify(go, 0);
      return answer.finally(() => worker.terminate());
    },
  };
}

/** Wakes a worker the test left waiting (a foreground that never ended): else it would keep the process alive. */
function release(foreground: Foreground): void {
  const running = new Int32Array(foreground.shared);
  Atomics.store(running, 0, 0);
  Atomics.notify(running, 0);
}

/** Blocks this thread, as a search does while it is answered. */
const busyFor = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

test('a worker waits while work runs in the foreground, and goes on QUIET_MS after it has returned', { timeout: 10_000 }, async (t) => {
  const foreground = new Foreground();
  t.after(() => release(foreground));
  const w = waiter(foreground);
  await w.ready;
  let answered!: Promise<number>;
  let returned = 0;
  const value = foreground.during(() => {
    answered = w.start();
    busyFor(300);
    returned = Date.now();
    return 'answer';
  });
  assert.equal(value, 'answer');
  assert.ok((await answered) >= returned + QUIET_MS, 'the worker went on only a quiet while after the work returned');
});

test('work that threw has ended too: a worker does not wait on it for good', { timeout: 10_000 }, async (t) => {
  const foreground = new Foreground();
  t.after(() => release(foreground));
  assert.throws(() =>
    foreground.during(() => {
      throw new Error('failed search');
    }),
  );
  const w = waiter(foreground);
  await w.ready;
  const started = Date.now();
  assert.ok((await w.start()) >= started);
});
