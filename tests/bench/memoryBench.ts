import { runProbe } from './runProbe';
import { round } from './stats';

export interface MemoryFigures {
  rssMB: number;
  heapUsedMB: number;
  failedQueries: number;
  what: string;
}

const MB = 1024 * 1024;

/**
 * Resident memory of a fresh process that opens the library and runs the bench queries. The bench's own
 * process has generated and imported the corpus, so its figure would say more about the bench than the app.
 */
export async function memoryBench(libraryFile: string): Promise<MemoryFigures> {
  const { rss, heapUsed, failedQueries } = await runProbe<{ rss: number; heapUsed: number; failedQueries: number }>('memoryProbe.ts', [libraryFile]);
  return {
    rssMB: round(rss / MB, 1),
    heapUsedMB: round(heapUsed / MB, 1),
    failedQueries,
    what: 'process.memoryUsage() of a fresh Node process after opening the library and running every bench query (results page and facets) at least four times',
  };
}
