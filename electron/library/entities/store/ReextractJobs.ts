import type { Database } from 'better-sqlite3';
import type { EntityStore } from './EntityStore';

export interface ReextractStatus {
  id: number;
  done: number;
  total: number;
  finished: boolean;
  /** Why it stopped early (the library failed). */
  error: string | null;
}

/** Articles per transaction: each takes a few milliseconds, so the reader's requests wait at most a fraction of a second. */
const BATCH_SIZE = 100;

/**
 * Re-extraction of the library in the background, polled like imports. One runs at a time: asking again while
 * one runs returns it. Articles are re-read in batches, each its own transaction, so an interrupted run keeps what
 * it did and a run for outdated articles only resumes it.
 */
export class ReextractJobs {
  private jobs = new Map<number, ReextractStatus>();
  private running: ReextractStatus | null = null;
  private nextId = 1;

  constructor(
    private readonly db: Database,
    private readonly entities: EntityStore,
  ) {}

  /** Starts re-reading every article (`all`) or only those the current extractor has not read; null when none need it. */
  start(all: boolean): number | null {
    if (this.running) return this.running.id;
    const ids = this.entities.articleIds(all);
    if (ids.length === 0) return null;
    const job: ReextractStatus = { id: this.nextId++, done: 0, total: ids.length, finished: false, error: null };
    this.jobs = new Map([...this.jobs].filter(([, j]) => !j.finished).concat([[job.id, job]]));
    this.running = job;
    void this.run(job, ids);
    return job.id;
  }

  status(id: number): ReextractStatus | undefined {
    const job = this.jobs.get(id);
    return job && { ...job };
  }

  private async run(job: ReextractStatus, ids: readonly number[]): Promise<void> {
    const batch = this.db.transaction((slice: readonly number[]) => {
      for (const id of slice) this.entities.reextract(id);
    });
    try {
      for (let at = 0; at < ids.length; at += BATCH_SIZE) {
        await new Promise((resolve) => setImmediate(resolve));
        batch.immediate(ids.slice(at, at + BATCH_SIZE));
        job.done = Math.min(ids.length, at + BATCH_SIZE);
      }
      this.entities.prune();
    } catch (err) {
      job.error = err instanceof Error ? err.message : String(err);
    } finally {
      job.finished = true;
      this.running = null;
    }
  }
}
