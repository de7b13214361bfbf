/** What every background job reports while the reader polls it. */
export interface JobState {
  id: number;
  finished: boolean;
  /** Why the job stopped early (the library failed, not one of its items). */
  error: string | null;
}

/** Finished jobs kept for a late poll; older ones are forgotten. */
const KEEP_FINISHED = 20;

/**
 * Background jobs the reader polls (imports, re-extraction). Polling works the same over IPC and HTTP, so the
 * desktop app and browser mode share it. Jobs run one after another: each writes in its own transactions, and two
 * at once would only take turns at SQLite's write lock while their progress looked stalled.
 */
export class JobRegistry<S extends JobState> {
  private readonly jobs = new Map<number, S>();
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  /** Registers a job with its first state and queues `work`, which updates that state as it goes. */
  start(initial: Omit<S, keyof JobState>, work: (job: S) => Promise<void>): S {
    const job = { ...initial, id: this.nextId++, finished: false, error: null } as S;
    this.jobs.set(job.id, job);
    this.forgetOldJobs();
    this.queue = this.queue.then(async () => {
      try {
        await work(job);
      } catch (err) {
        job.error = err instanceof Error ? err.message : String(err);
      } finally {
        job.finished = true;
      }
    });
    return job;
  }

  /** A copy, so a poll's answer does not change while it is being sent. */
  status(id: number): S | undefined {
    const job = this.jobs.get(id);
    return job && { ...job };
  }

  /** The job queued or running, if any. */
  unfinished(): S | undefined {
    return [...this.jobs.values()].find((job) => !job.finished);
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.finished);
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.id);
  }
}
