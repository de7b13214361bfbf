import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParseJob, ParseReply } from './parseWorker';
import { prepareArticle, type Prepared } from './prepareArticle';

/** Files are prepared on this many threads at most; the main thread meanwhile writes the previous batch. */
const MAX_WORKERS = 4;

interface Pending {
  job: ParseJob;
  resolve: (prepared: Prepared) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Parses and extracts entities on worker threads, one per core. A worker that cannot start or dies (a packaged
 * app that cannot load worker scripts, say) leaves the pool, and its files are prepared on this thread instead,
 * so the import goes on either way.
 */
export class ParsePool {
  private slots: Slot[] | null = null;
  private nextId = 1;

  constructor(private readonly size = Math.max(1, Math.min(os.availableParallelism(), MAX_WORKERS))) {}

  prepare(file: string, bytes: Uint8Array): Promise<Prepared> {
    this.slots ??= Array.from({ length: this.size }, () => this.start());
    const slot = this.slots.reduce<Slot | undefined>((best, s) => (!best || s.pending.size < best.pending.size ? s : best), undefined);
    if (!slot) return inline({ id: 0, file, bytes });
    const job = { id: this.nextId++, file, bytes };
    return new Promise((resolve, reject) => {
      slot.pending.set(job.id, { job, resolve, reject });
      slot.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const slots = this.slots ?? [];
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot {
    const slot: Slot = { worker: spawnWorker(), pending: new Map() };
    slot.worker.on('message', (reply: ParseReply) => {
      const pending = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if ('fatal' in reply) pending?.reject(new Error(reply.fatal));
      else pending?.resolve(reply.prepared);
    });
    const fail = () => {
      this.slots = this.slots?.filter((s) => s !== slot) ?? null;
      for (const waiting of slot.pending.values()) inline(waiting.job).then(waiting.resolve, waiting.reject);
      slot.pending.clear();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', fail);
    return slot;
  }
}

function inline({ file, bytes }: ParseJob): Promise<Prepared> {
  try {
    return Promise.resolve(prepareArticle(file, bytes));
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

/** Compiled, the worker is a .js file beside this one; run from TypeScript (tests, the bench), it needs tsx loaded in its thread too. */
function spawnWorker(): Worker {
  const ext = path.extname(__filename);
  const script = path.join(__dirname, `parseWorker${ext}`);
  if (ext !== '.ts') return new Worker(script);
  return new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(script)});`, { eval: true });
}
