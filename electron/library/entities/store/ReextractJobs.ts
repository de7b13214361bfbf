import type { Database } from 'better-sqlite3';
import type { ResponseOf } from '../../../common/contract/contract';
import { JobRegistry } from '../../jobs/JobRegistry';
import type { EntityStore } from './EntityStore';

export type ReextractStatus = ResponseOf<'entities.reextractStatus'>;

/** Articles per transaction: each takes a few milliseconds, so the reader's requests wait at most a fraction of a second. */
const BATCH_SIZE = 100;

/**
 * Re-extraction of the library in the background, polled like imports. One runs at a time: asking again while
 * one runs returns it. Articles are re-read in batches, each its own transaction, so an interrupted run keeps what
 * it did and a run for outdated articles only resumes it.
 */
export class ReextractJobs {
  private readonly jobs = new JobRegistry<ReextractStatus>();

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
    return this.jobs.start({ done: 0, total: ids.length }, (job) => this.run(job, ids)).id;
  }

  status(id: number): ReextractStatus | undefined {
    return this.jobs.status(id);
  }

  private async run(job: ReextractStatus, ids: readonly number[]): Promise<void> {
    const batch = this.db.transaction((slice: readonly number[]) => {
      for (const id of slice) this.entities.reextract(id);
    });
    for (let at = 0; at < ids.length; at += BATCH_SIZE) {
      await new Promise((resolve) => setImmediate(resolve));
      batch.immediate(ids.slice(at, at + BATCH_SIZE));
      job.done = Math.min(ids.length, at + BATCH_SIZE);
    }
    this.entities.prune();
  }
}
