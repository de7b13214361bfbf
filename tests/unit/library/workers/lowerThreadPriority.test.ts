import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { evalWorker } from '../../helpers/evalWorker';

const HELPER = path.resolve(__dirname, '../../../../electron/library/workers/lowerThreadPriority.ts');

/** The calling thread's nice value, field 19 of its stat line (the fields after its parenthesised name start at 3). */
const NICE_OF_THREAD = `Number(require('node:fs').readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ')[16])`;
const niceOfThisThread = (): number => Number(fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ')[16]);

test(
  'a thread that lowers its priority runs at the lowest, and the thread that started it keeps its own',
  { skip: process.platform !== 'linux' && 'thread priorities are set apart on Linux only' },
  async () => {
    const before = niceOfThisThread();
    const code = `
    const { parentPort } = require('node:worker_threads');
    const before = ${NICE_OF_THREAD};
    require(${JSON.stringify(HELPER)}).lowerThreadPriority();
    parentPort.postMessage([before, ${NICE_OF_THREAD}]);`;
    const worker = evalWorker(code);
    const [workerBefore, workerAfter] = await new Promise<[number, number]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    assert.equal(workerBefore, before);
    assert.equal(workerAfter, 19);
    assert.equal(niceOfThisThread(), before);
  },
);
