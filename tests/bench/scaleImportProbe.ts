// Run by scaleBench in a process of its own: imports generated articles into a new library, a chunk at a time, and prints the figures as JSON.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Library } from '../../electron/library/Library';
import { corpusArticles } from './corpus';
import type { ScaleImportFigures } from './scaleBench';
import { log, round } from './stats';

/** Files written, imported and removed at a time: the corpus never sits on disk whole, nor its results in memory; each import starts its parsing threads again, which this many files amortise. */
const CHUNK = 20_000;
const MB = 1024 * 1024;

/**
 * Imports `count` generated articles into a new library, CHUNK files at a time: each chunk is written to disk,
 * imported and removed, so disk and memory stay bounded however large the run. Progress on stderr per chunk.
 */
async function scaleImport(libraryFile: string, workDir: string, count: number): Promise<ScaleImportFigures> {
  const library = Library.create(libraryFile);
  const articles = corpusArticles(count);
  const chunkDir = path.join(workDir, 'chunk');
  const rates: number[] = [];
  let done = 0;
  let textBytes = 0;
  let importSeconds = 0;
  try {
    for (;;) {
      fs.rmSync(chunkDir, { recursive: true, force: true });
      let written = 0;
      while (written < CHUNK) {
        const next = articles.next();
        if (next.done) break;
        const file = path.join(chunkDir, next.value.name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, next.value.text);
        textBytes += Buffer.byteLength(next.value.text);
        written++;
      }
      if (written === 0) break;
      const start = performance.now();
      await library.import([chunkDir]);
      const seconds = (performance.now() - start) / 1000;
      importSeconds += seconds;
      done += written;
      rates.push(written / seconds);
      const left = ((count - done) / done) * importSeconds;
      log(
        `  scale: ${done.toLocaleString('en')} / ${count.toLocaleString('en')} articles, ${Math.round(written / seconds)}/s in this chunk, ` +
          `RSS ${Math.round(process.memoryUsage().rss / MB)} MB, about ${Math.round(left / 60)} min left`,
      );
      if (written < CHUNK) break;
    }
  } finally {
    library.close();
    fs.rmSync(chunkDir, { recursive: true, force: true });
  }
  const quarterRates = quarters(rates).map((q) => Math.round(q));
  return {
    articles: done,
    seconds: round(importSeconds, 1),
    articlesPerSecond: Math.round(done / importSeconds),
    quarterRates,
    steadiness: quarterRates.length > 1 ? round(quarterRates.at(-1)! / quarterRates[0]!, 2) : 1,
    peakRssMB: round(process.resourceUsage().maxRSS / 1024, 1),
    textMB: round(textBytes / 1e6, 1),
  };
}

/** The mean of each quarter of `values` (fewer groups when there are fewer than four values). */
function quarters(values: number[]): number[] {
  const groups = Math.min(4, values.length);
  return Array.from({ length: groups }, (_, g) => {
    const part = values.slice(Math.floor((g * values.length) / groups), Math.floor(((g + 1) * values.length) / groups));
    return part.reduce((sum, v) => sum + v, 0) / part.length;
  });
}

const [libraryFile, workDir, count] = process.argv.slice(2);
scaleImport(libraryFile ?? '', workDir ?? '', Number(count)).then(
  (figures) => process.stdout.write(JSON.stringify(figures)),
  (err: unknown) => {
    process.stderr.write(String(err instanceof Error ? err.stack : err));
    process.exitCode = 1;
  },
);
