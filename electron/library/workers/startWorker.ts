import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker script `name` of the folder `dir` (the caller's `__dirname`). Compiled, the script is a .js file
 * there; run from TypeScript (tests, the bench, the CLI in development), it needs tsx loaded in its thread too.
 */
export function startWorker(dir: string, name: string, options: WorkerOptions): Worker {
  const ext = path.extname(__filename);
  const script = path.join(dir, `${name}${ext}`);
  if (ext !== '.ts') return new Worker(script, options);
  const code = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(script)});`;
  return new Worker(code, { ...options, eval: true });
}
