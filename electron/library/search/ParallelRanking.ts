import type { Database, Statement } from 'better-sqlite3';
import type { Worker } from 'node:worker_threads';
import { nativeBindingOf } from '../db/openDatabase';
import { StatementCache } from '../db/StatementCache';
import { mergedRows } from '../db/mergedRows';
import { startWorker } from '../workers/startWorker';
import { ANSWERED, ASKED, FAILED, answerMemory, rankingAnswer, type RankingAsk, type RankingWorkerData } from './rankingAnswer';
import { BEST_FIRST, rankingSql } from './rankingSql';

/**
 * From this span of article ids a match is ranked on two threads: about 0.45 µs a matching row, most of it FTS5
 * reading each row's length, a common word's ranking at a million articles took 140–180 ms ("president", 316,000
 * rows) on one thread. Below it, a ranking takes a few ms and the second thread's wake-up would be a large part of it.
 */
const SPLIT_FROM = 50_000;
/** A thread that does not answer in this long is taken for stuck: it is stopped and its half ranked here. */
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * Ranks a match (bm25, best first, to a depth) on two threads at once: FTS5 scores every row the match is in, and
 * a range of rowids holds its share of them, so the rows below the middle of the library's ids are ranked here
 * while a worker thread, by a read-only connection of its own, ranks those above; the two best lists are merged.
 * Scores are the same either way: bm25 takes the row count and average length from the whole index. The worker
 * answers in shared memory, which this thread waits on (Atomics.wait), so a ranking stays one synchronous call.
 * Inside a transaction, and before the worker is ready, the match is ranked here alone. The worker is started with the
 * library when it spans SPLIT_FROM ids, so that it is ready by the first search, else once it grows to.
 */
export class ParallelRanking {
  private readonly lower: Statement<[string, number, number], [number, number]>;
  private readonly upper: Statement<[string, number, number], [number, number]>;
  private readonly span: Statement<[], [number | null, number | null]>;
  private readonly statements: StatementCache;
  private worker: Worker | null = null;
  /** Whether the worker has said it is ready; null before it is started. */
  private ready: Promise<boolean> | null = null;
  private isReady = false;
  /** A worker that failed to start or to answer: not started again. */
  private broken = false;
  private splits = 0;

  /** `splitFrom`: SPLIT_FROM (0 in tests). */
  constructor(
    private readonly db: Database,
    private readonly splitFrom = SPLIT_FROM,
  ) {
    this.statements = new StatementCache(db);
    this.lower = db.prepare<[string, number, number], [number, number]>(rankingSql(BEST_FIRST, '< ?')).raw();
    this.upper = db.prepare<[string, number, number], [number, number]>(rankingSql(BEST_FIRST, '>= ?')).raw();
    this.span = db.prepare<[], [number | null, number | null]>('SELECT (SELECT min(id) FROM articles), (SELECT max(id) FROM articles)').raw();
    this.split();
  }

  /**
   * The match's first `depth` rows in `orderBy` (over `score` and `id`), each [id, score], and what `meanwhile`
   * answers: work of this thread's that then runs while the worker ranks, if it is ranking.
   */
  rank<T>(match: string, orderBy: string, depth: number, meanwhile: () => T): { rows: [number, number][]; meanwhile: T } {
    const middle = orderBy === BEST_FIRST ? this.split() : null;
    if (middle === null) return { rows: this.statements.get(rankingSql(orderBy)).raw().all(match, depth) as [number, number][], meanwhile: meanwhile() };
    const shared = answerMemory(depth);
    const { state, scores, ids } = rankingAnswer(shared, depth);
    this.worker!.postMessage({ match, from: middle, depth, shared } satisfies RankingAsk);
    const lower = this.lower.all(match, middle, depth);
    const also = meanwhile();
    const answered = this.wait(state) === ANSWERED;
    if (answered) this.splits++;
    // The worker's half, or where it failed, this thread's.
    const upper = answered ? Array.from({ length: state[1]! }, (_, i): [number, number] => [ids[i]!, scores[i]!]) : this.upper.all(match, middle, depth);
    // BEST_FIRST: the lower score, then the higher id.
    return { rows: mergedRows(lower, upper, depth, (x, y) => x[1] < y[1] || (x[1] === y[1] && x[0] > y[0])), meanwhile: also };
  }

  /** How many rankings the worker ranked half of. */
  get splitRankings(): number {
    return this.splits;
  }

  /** Whether the worker started, once it is ready or has failed; false when none was started (tests wait on it). */
  started(): Promise<boolean> {
    return this.ready ?? Promise.resolve(false);
  }

  close(): void {
    this.broken = true;
    this.isReady = false;
    void this.worker?.terminate();
    this.worker = null;
  }

  /** The rowid the worker ranks from, or null when the match is ranked here alone; starts the worker when the library is large. */
  private split(): number | null {
    if (this.broken || this.db.memory || this.db.inTransaction) return null;
    const [first, last] = this.span.get()!;
    if (first === null || last === null || last - first < this.splitFrom) return null;
    if (!this.worker) this.start();
    return this.isReady ? Math.floor((first + last) / 2) + 1 : null;
  }

  private start(): void {
    const data: RankingWorkerData = { file: this.db.name, nativeBinding: nativeBindingOf(this.db) };
    const worker = startWorker(__dirname, 'rankingWorker', { workerData: data });
    this.worker = worker;
    // Only ever waited on in a ranking: an open library does not keep the process alive for it.
    worker.unref();
    this.ready = new Promise((resolve) => {
      worker.once('message', () => resolve((this.isReady = this.worker === worker)));
      // Failed or ended: stopped, and a later one is not started.
      const stopped = () => {
        if (this.worker === worker) this.close();
        resolve(false);
      };
      worker.once('error', stopped);
      worker.once('exit', stopped);
    });
  }

  /** The worker's answer's state once it answered; FAILED when it did not in time, or where a thread cannot wait. */
  private wait(state: Int32Array): number {
    try {
      if (Atomics.wait(state, 0, ASKED, ANSWER_TIMEOUT_MS) !== 'timed-out') return Atomics.load(state, 0);
    } catch {
      // A thread that may not block (a browser's main thread) throws.
    }
    this.close();
    return FAILED;
  }
}
