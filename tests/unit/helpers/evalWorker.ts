import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A worker thread running `code` (CommonJS), able to require the project's TypeScript as the tests' own thread does. */
export function evalWorker(code: string, options: WorkerOptions = {}): Worker {
  return new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();\n${code}`, { ...options, eval: true });
}
