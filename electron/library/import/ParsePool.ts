import os from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { startWorker } from '../workers/startWorker';
import type { ParseJob, ParseReply } from './parseWorker';
import { prepareArticle, type Prepared } from './prepareArticle';

/**
 * Files are prepared on this many threads at most, started one at a time as the writer asks (more()). The main thread
 * writes each batch while the next is prepared, and once a library holds some tens of thousands of articles writing
 * is the slower half (1.9 ms of CPU an article at 100,000, against 1.2 to prepare one): one worker keeps up, and a
 * second held 80–90 MB of the import's peak for nothing. Into a small library, or for saved pages slow to parse, the
 * writer waits, and asks for more.
 */
const MAX_WORKERS = 4;
/** The most even on one core: while one thread runs out a slow file's budget, another goes on with the rest. */
const MIN_WORKERS = 2;
/**
 * Files a worker holds at once, and their bytes at most (one file always): a whole batch, so that a lone worker has
 * the next batch in hand while the previous one is written. The main thread hands out files only between its writes,
 * and a batch's write takes a few hundred ms: with one file at a time, each worker finished it early in the write and
 * then waited out the rest, a quarter of the import's time on two cores.
 */
const FILES_IN_HAND = 200;
const BYTES_IN_HAND = 8 * 1024 * 1024;
/**
 * A worker's young generation, in MB. V8's default (16 MB semi-spaces) kept about 24 MB more resident per worker, for
 * no CPU measured: preparing the same 2,000 articles cost 2.13 and 2.14 ms each (medians of 4, alternated).
 */
const YOUNG_GENERATION_MB = 8;
/**
 * A worker's old generation, in MB. V8 lets a heap grow to up to 4 times what survived its last full collection when
 * its limit is 2 GB or more (the default on a machine with 16 GB), 1.6 times at 1 GB: after 2,000–3,000 ordinary
 * articles a worker's heap was 55–59 MB rather than 62–68 (6 runs each, CPU the same within its spread). A 20 MB page
 * of paragraphs, the largest article read, still prepares under 1 GB (not under 512 MB); a file that needs more ends
 * its worker, and is prepared on this thread instead, as when a worker dies.
 */
const OLD_GENERATION_MB = 1024;
const BUDGET_BASE_MS = 3000;
const BUDGET_MS_PER_KB = 20;

/**
 * How long one file may take on a worker before the worker is stopped: 3 s + 20 ms per KB (64 KB: 4.3 s; 1 MB:
 * 23 s; the 20 MB limit: 7 min). On a loaded two-core machine ordinary articles take 1–5 ms per KB to parse and
 * extract, plus some hundreds of ms for a new thread's first file; the heaviest linear shapes found (pages of
 * thousands of <hr> or <img>) take up to 40 ms per KB, which the base covers up to about 150 KB, and bigger ones are
 * read as plain text, their text all there. A super-linear shape outgrows the budget soon after it starts to matter.
 */
export function parseBudgetMs(bytes: number): number {
  return BUDGET_BASE_MS + (bytes / 1024) * BUDGET_MS_PER_KB;
}

export interface ParsePoolOptions {
  size?: number;
  budgetMs?: (bytes: number) => number;
  /** Each worker's old generation, in MB (OLD_GENERATION_MB). */
  oldGenerationMb?: number;
}

interface Job extends ParseJob {
  resolve: (prepared: Prepared) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The pool's end of the worker's channel. */
  port: MessagePort;
  /** The parsers are loaded: the budget of a file starts only then. */
  ready: boolean;
  /** Files sent, in the order the worker prepares them: the first is the one it is on. */
  jobs: Job[];
  /** The first file's budget, started when it became first: as late as the worker started it, or later, never earlier. */
  timer: NodeJS.Timeout | undefined;
}

/**
 * Parses and extracts entities on worker threads, each worker holding a few files in hand and preparing them in
 * turn, each file under a budget that grows with its size (parseBudgetMs). A file past its budget has its worker
 * stopped and replaced, and is read again as plain text, in time linear in its size, once the files in line have had
 * their turn; the files that worker still held go back to the head of the line, and the other workers go on meanwhile.
 *
 * A worker that cannot start (a packaged app that cannot load worker scripts, say) stops the pool starting more;
 * its files, and every file once no worker is left, are prepared on this thread, so the import goes on either way.
 */
export class ParsePool {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private broken = false;
  private readonly size: number;
  /** Workers wanted now: one to start with, up to size as more() asks. */
  private wanted = 1;
  private readonly budgetMs: (bytes: number) => number;
  private readonly oldGenerationMb: number;

  constructor({
    size = Math.max(MIN_WORKERS, Math.min(os.availableParallelism(), MAX_WORKERS)),
    budgetMs = parseBudgetMs,
    oldGenerationMb = OLD_GENERATION_MB,
  }: ParsePoolOptions = {}) {
    this.size = size;
    this.budgetMs = budgetMs;
    this.oldGenerationMb = oldGenerationMb;
  }

  prepare(file: string, bytes: Uint8Array): Promise<Prepared> {
    return new Promise((resolve, reject) => {
      this.queue.push({ file, bytes, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Starts one more worker, up to the pool's size: the writer waited for files to be prepared. It is started now,
   * not when files go unserved, since the workers there are will take every file into their hands.
   */
  more(): void {
    if (this.wanted >= this.size) return;
    this.wanted++;
    if (!this.broken && this.slots.length < this.wanted) this.slots.push(this.start());
  }

  /** Workers running or starting. */
  get workers(): number {
    return this.slots.length;
  }

  /** Stops the workers; files still waiting are dropped. */
  async close(): Promise<void> {
    this.queue.length = 0;
    const slots = this.slots.splice(0);
    for (const slot of slots) clearTimeout(slot.timer);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** Deals waiting files to ready workers, one at a time to the least loaded, and starts workers for the files that no starting worker will take. */
  private dispatch(): void {
    for (;;) {
      const next = this.queue[0];
      const slot = this.slots.filter((s) => s.ready).sort((a, b) => a.jobs.length - b.jobs.length)[0];
      if (!next || !slot || !canTake(slot, next)) break;
      this.run(slot, this.queue.shift()!);
    }
    let unserved = this.queue.length - this.slots.filter((s) => !s.ready).length;
    for (; unserved > 0 && !this.broken && this.slots.length < this.wanted; unserved--) this.slots.push(this.start());
    if (this.broken && this.slots.length === 0) for (const job of this.queue.splice(0)) prepareHere(job);
  }

  private start(): Slot {
    const { port1, port2 } = new MessageChannel();
    const slot: Slot = { worker: spawnWorker(port2, this.oldGenerationMb), port: port1, ready: false, jobs: [], timer: undefined };
    port1.on('message', (reply: ParseReply) => this.receive(slot, reply));
    const fail = () => {
      if (!this.slots.includes(slot)) return;
      this.remove(slot);
      // One that never got ready will not do better next time; one that died on a file is replaced.
      if (!slot.ready) this.broken = true;
      const [current, ...held] = slot.jobs;
      this.queue.unshift(...held);
      if (current) prepareHere(current);
      this.dispatch();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', fail);
    return slot;
  }

  private run(slot: Slot, job: Job): void {
    slot.jobs.push(job);
    const { file, bytes, readAsPlainText } = job;
    slot.port.postMessage({ file, bytes, readAsPlainText } satisfies ParseJob);
    if (slot.jobs.length === 1) this.startBudget(slot);
  }

  private startBudget(slot: Slot): void {
    const budget = this.budgetMs(slot.jobs[0]!.bytes.length);
    slot.timer = setTimeout(() => this.overBudget(slot, budget), budget);
  }

  private receive(slot: Slot, reply: ParseReply): void {
    // A reply can still arrive from a worker stopped or closed: its files are settled elsewhere, and no budget may start again for it.
    if (!this.slots.includes(slot)) return;
    if ('ready' in reply) {
      slot.ready = true;
    } else {
      const job = slot.jobs.shift();
      clearTimeout(slot.timer);
      if (slot.jobs.length > 0) this.startBudget(slot);
      if ('fatal' in reply) job?.reject(new Error(reply.fatal));
      else job?.resolve(reply.prepared);
    }
    this.dispatch();
  }

  private overBudget(slot: Slot, budget: number): void {
    // Replies may be waiting behind this timer already: take them rather than stop a worker that has gone on.
    let taken = false;
    for (let waiting = receiveMessageOnPort(slot.port); waiting; waiting = receiveMessageOnPort(slot.port)) {
      this.receive(slot, waiting.message as ParseReply);
      taken = true;
    }
    if (taken) return;
    const [job, ...held] = slot.jobs as [Job, ...Job[]];
    this.remove(slot);
    void slot.worker.terminate();
    this.queue.unshift(...held);
    const seconds = `${Math.round(budget / 100) / 10} s`;
    if (job.readAsPlainText) job.resolve({ ok: false, error: `it could not be read within ${seconds}, even as plain text` });
    // Behind the files already waiting: the slow one has had its turn.
    else this.queue.push({ ...job, readAsPlainText: `reading it took longer than its budget of ${seconds}` });
    this.dispatch();
  }

  private remove(slot: Slot): void {
    clearTimeout(slot.timer);
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
  }
}

/** A worker takes one more file while it holds fewer than FILES_IN_HAND and their bytes stay under BYTES_IN_HAND; an idle one takes any. */
function canTake(slot: Slot, next: Job): boolean {
  if (slot.jobs.length === 0) return true;
  const bytes = slot.jobs.reduce((sum, j) => sum + j.bytes.length, next.bytes.length);
  return slot.jobs.length < FILES_IN_HAND && bytes <= BYTES_IN_HAND;
}

function prepareHere({ file, bytes, readAsPlainText, resolve, reject }: Job): void {
  try {
    resolve(prepareArticle(file, bytes, readAsPlainText));
  } catch (err) {
    reject(err instanceof Error ? err : new Error(String(err)));
  }
}

function spawnWorker(port: MessagePort, oldGenerationMb: number): Worker {
  return startWorker(__dirname, 'parseWorker', {
    workerData: { port },
    transferList: [port],
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: oldGenerationMb },
  });
}
