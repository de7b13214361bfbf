import type { ResponseOf } from '../../common/contract/contract';
import { JobRegistry } from '../jobs/JobRegistry';
import type { ImportResult } from '../../common/contract/importsContract';
import type { ImportProgress } from './importPaths';
import type { SavedUploads } from './saveUploads';

export type ImportJobStatus = ResponseOf<'imports.status'>;

type RunImport = (paths: readonly string[], onProgress: (p: ImportProgress) => void) => Promise<ImportResult[]>;
/** The title of an article, for a summary that names what a duplicate duplicates. */
type TitleOf = (id: number) => string | undefined;

/** Imports that run in the background while the reader polls their progress, one after another. */
export class ImportJobs {
  private readonly jobs = new JobRegistry<ImportJobStatus>();

  constructor(
    private readonly run: RunImport,
    private readonly titleOf: TitleOf,
  ) {}

  /** Imports `paths`; for uploads, `uploads` names each file as the browser did and adds the files that could not be kept. */
  start(paths: readonly string[], uploads?: SavedUploads): number {
    const named = (file: string) => uploads?.saved.get(file) ?? file;
    return this.jobs.start({ done: 0, total: 0, file: null, results: null }, async (job) => {
      const results = await this.run(paths, (p) => Object.assign(job, p, { file: named(p.file) }));
      job.results = [...(uploads?.errors ?? []), ...results.map((r) => this.describe(r, uploads))];
    }).id;
  }

  status(id: number): ImportJobStatus | undefined {
    return this.jobs.status(id);
  }

  private describe(result: ImportResult, uploads: SavedUploads | undefined): ImportResult {
    const name = uploads?.saved.get(result.file);
    const title = result.status === 'duplicate' && result.id !== undefined ? this.titleOf(result.id) : undefined;
    return { ...result, ...(name === undefined ? {} : { file: name, path: result.file }), ...(title === undefined ? {} : { title }) };
  }
}
