import type { Database } from 'better-sqlite3';
import type { ResponseOf } from '../../../common/contract/contract';
import { JobRegistry } from '../../jobs/JobRegistry';
import type { EntityStore } from './EntityStore';

export type ReextractStatus = ResponseOf<'entities.reextractStatus'>;
export type ReextractEstimate = ResponseOf<'entities.reextractEstimate'>;

/** Articles per transaction: each takes a few milliseconds, so the reader's requests wait at most a fraction of a second. */
const BATCH_SIZE = 100;
/** Articles timed for an estimate, spread over the library: enough to even out long and short ones, quick to run. */
const SAMPLE_SIZE = 20;
/** Thrown to roll back the estimate's sample, whose work is timed and then undone. */
class SampleDone extends Error {}

/**
 * Re-extraction of the library in the background, polled like imports. One runs at a time: asking again while
 * one runs returns it. Articles are re-read in batches, each its own transaction, so an interrupted or cancelled
 * run keeps what it did and a run for outdated articles only resumes it.
 */
export class ReextractJobs {
  private readonly jobs = new JobRegistry<ReextractStatus>();
  private readonly cancelling = new Set<number>();

  constructor(
    private readonly db: Database,
    private readonly entities: EntityStore,
  ) {}

  /** Starts re-reading every article (`all`) or only those the current extractor has not read; null when none need it. */
  start(all: boolean): number | null {
    const unfinished = this.jobs.unfinished();
    if (unfinished) return unfinished.id;
    const ids = this.entities.articleIds(all);
    if (ids.length === 0) return null;
    return this.jobs.start({ done: 0, total: ids.length, cancelled: false }, (job) => this.run(job, ids)).id;
  }

  status(id: number): ReextractStatus | undefined {
    return this.jobs.status(id);
  }

  /** Asks run `id` to stop after its current batch; false when it has already finished (or never was). */
  cancel(id: number): boolean {
    const job = this.jobs.status(id);
    if (!job || job.finished) return false;
    this.cancelling.add(id);
    return true;
  }

  /**
   * How long re-reading every article would take, from the time a sample of them takes in full (extraction and
   * writes), rolled back: the library's own articles and this machine say more than any constant would.
   */
  estimate(): ReextractEstimate {
    const ids = this.entities.articleIds(true);
    const step = Math.max(1, Math.floor(ids.length / SAMPLE_SIZE));
    const sample = ids.filter((_, i) => i % step === 0).slice(0, SAMPLE_SIZE);
    const started = performance.now();
    try {
      this.db.transaction(() => {
        for (const id of sample) this.entities.reextract(id);
        throw new SampleDone();
      })();
    } catch (err) {
      if (!(err instanceof SampleDone)) throw err;
    }
    const perArticleMs = sample.length > 0 ? (performance.now() - started) / sample.length : 0;
    return { articles: ids.length, seconds: Math.round((perArticleMs * ids.length) / 100) / 10 };
  }

  private async run(job: ReextractStatus, ids: readonly number[]): Promise<void> {
    const batch = this.db.transaction((slice: readonly number[]) => {
      for (const id of slice) this.entities.reextract(id);
    });
    try {
      for (let at = 0; at < ids.length; at += BATCH_SIZE) {
        await new Promise((resolve) => setImmediate(resolve));
        if (this.cancelling.has(job.id)) {
          job.cancelled = true;
          break;
        }
        batch.immediate(ids.slice(at, at + BATCH_SIZE));
        job.done = Math.min(ids.length, at + BATCH_SIZE);
      }
      this.entities.prune();
    } finally {
      this.cancelling.delete(job.id);
    }
  }
}
