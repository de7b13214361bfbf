import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { round } from './stats';

export interface MemoryFigures {
  rssMB: number;
  heapUsedMB: number;
  failedQueries: number;
  what: string;
}

const ROOT = path.resolve(__dirname, '..', '..');
const MB = 1024 * 1024;

/**
 * Resident memory of a fresh process that opens the library and runs the bench queries. The bench's own
 * process has generated and imported the corpus, so its figure would say more about the bench than the app.
 */
export function memoryBench(libraryFile: string): MemoryFigures {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'memoryProbe.ts'), libraryFile], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (child.status !== 0) throw new Error(`memory probe failed (${child.status ?? child.signal}): ${child.stderr.slice(-500)}`);
  const { rss, heapUsed, failedQueries } = JSON.parse(child.stdout) as { rss: number; heapUsed: number; failedQueries: number };
  return {
    rssMB: round(rss / MB, 1),
    heapUsedMB: round(heapUsed / MB, 1),
    failedQueries,
    what: 'process.memoryUsage() of a fresh Node process after opening the library and running every bench query (results page and facets) at least four times',
  };
}
