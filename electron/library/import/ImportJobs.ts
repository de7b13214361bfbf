import type { ImportProgress, ImportResult } from './importPaths';

export interface ImportJobStatus {
  id: number;
  done: number;
  total: number;
  /** The file being imported, or the last one. */
  file: string | null;
  finished: boolean;
  /** All results, once finished. */
  results: ImportResult[] | null;
  /** Why the import stopped early (the library failed, not a file). */
  error: string | null;
}

type RunImport = (paths: readonly string[], onProgress: (p: ImportProgress) => void) => Promise<ImportResult[]>;

const KEEP_FINISHED = 20;

/**
 * Imports that run in the background while the reader polls their progress. Polling works the same over
 * IPC and HTTP, so the desktop app and browser mode share it. Imports run one after another.
 */
export class ImportJobs {
  private readonly jobs = new Map<number, ImportJobStatus>();
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly run: RunImport) {}

  start(paths: readonly string[]): number {
    const job: ImportJobStatus = { id: this.nextId++, done: 0, total: 0, file: null, finished: false, results: null, error: null };
    this.jobs.set(job.id, job);
    this.forgetOldJobs();
    this.queue = this.queue.then(async () => {
      try {
        job.results = await this.run(paths, (p) => Object.assign(job, p));
      } catch (err) {
        job.error = err instanceof Error ? err.message : String(err);
      } finally {
        job.finished = true;
      }
    });
    return job.id;
  }

  status(id: number): ImportJobStatus | undefined {
    const job = this.jobs.get(id);
    return job && { ...job };
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => j.finished);
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.id);
  }
}
