import type { ResponseOf } from '../../common/contract/contract';
import { JobRegistry } from '../jobs/JobRegistry';
import type { ImportResult } from '../../common/contract/importsContract';
import type { ImportProgress } from './importPaths';

export type ImportJobStatus = ResponseOf<'imports.status'>;

type RunImport = (paths: readonly string[], onProgress: (p: ImportProgress) => void) => Promise<ImportResult[]>;

/** Imports that run in the background while the reader polls their progress, one after another. */
export class ImportJobs {
  private readonly jobs = new JobRegistry<ImportJobStatus>();

  constructor(private readonly run: RunImport) {}

  start(paths: readonly string[]): number {
    return this.jobs.start({ done: 0, total: 0, file: null, results: null }, async (job) => {
      job.results = await this.run(paths, (p) => Object.assign(job, p));
    }).id;
  }

  status(id: number): ImportJobStatus | undefined {
    return this.jobs.status(id);
  }
}
