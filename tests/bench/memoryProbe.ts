// Run by memoryBench in a fresh process: opens the library, runs every bench query, prints its memory as JSON.
import { Library } from '../../electron/library/Library';
import { queryBench } from './queryBench';

async function probe(file: string): Promise<void> {
  const library = await Library.open(file);
  const queries = await queryBench(library, 3);
  const { rss, heapUsed } = process.memoryUsage();
  library.close();
  const failed = Object.values(queries.queries).filter((q) => 'error' in q).length;
  process.stdout.write(JSON.stringify({ rss, heapUsed, failedQueries: failed }));
}

probe(process.argv[2] ?? '').catch((err: unknown) => {
  process.stderr.write(String(err instanceof Error ? err.stack : err));
  process.exitCode = 1;
});
