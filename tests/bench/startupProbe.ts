// Run by scaleBench in a fresh process: opens the library as the app starts, asks for the first list and the filter counts, prints the times as JSON.
import { performance } from 'node:perf_hooks';
import { Library } from '../../electron/library/Library';
import { facetChannel, pageChannel, requestFor } from './apiChannels';
import { call, handlersFor, PAGE_SIZE } from './queryBench';

async function probe(file: string): Promise<void> {
  const start = performance.now();
  const library = await Library.open(file);
  const openMs = performance.now() - start;
  const handlers = handlersFor(library);
  await call(handlers, pageChannel(), requestFor(pageChannel(), '', PAGE_SIZE));
  const firstListMs = performance.now() - start;
  const facets = facetChannel();
  if (facets) await call(handlers, facets, requestFor(facets, '', PAGE_SIZE));
  const firstFacetsMs = performance.now() - start;
  library.close();
  process.stdout.write(JSON.stringify({ openMs, firstListMs, firstFacetsMs }));
}

probe(process.argv[2] ?? '').catch((err: unknown) => {
  process.stderr.write(String(err instanceof Error ? err.stack : err));
  process.exitCode = 1;
});
