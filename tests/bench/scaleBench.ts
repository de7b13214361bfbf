import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Library } from '../../electron/library/Library';
import { corpusArticles } from './corpus';
import { log, round } from './stats';

/** Files written, imported and removed at a time: the corpus never sits on disk whole, nor its results in memory; each import starts its parsing threads again, which this many files amortise. */
const CHUNK = 20_000;
const MB = 1024 * 1024;
const ROOT = path.resolve(__dirname, '..', '..');

export interface ScaleImportFigures {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** Articles per second of each quarter of the chunks, in order: a steady import keeps the last near the first. */
  quarterRates: number[];
  /** The last quarter's rate over the first's. */
  steadiness: number;
  /**
   * The bench process's resident memory at its largest, the operating system's figure (the generator's few MB included).
   * Read after each chunk instead, once the parse workers had stopped, it missed the import's peak: 282–360 MB in two
   * 100,000-article runs whose peaks were 519 and 524.
   */
  peakRssMB: number;
  textMB: number;
}

export interface StartupFigures {
  openMs: number;
  firstListMs: number;
  firstFacetsMs: number;
  what: string;
}

/** `--scale 1m`, `--scale 50k` or `--scale 20000`: how many articles. */
export function parseScale(value: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(value.trim());
  if (!m) throw new Error(`--scale expects a count such as 1m, 50k or 20000, not "${value}"`);
  const n = Math.round(Number(m[1]) * { '': 1, k: 1e3, m: 1e6 }[m[2]!.toLowerCase() as '' | 'k' | 'm']);
  if (n < 1) throw new Error('--scale expects at least one article');
  return n;
}

/**
 * Imports `count` generated articles into a new library, CHUNK files at a time: each chunk is written to disk,
 * imported and removed, so disk and memory stay bounded however large the run. Progress on stderr per chunk.
 */
export async function scaleImport(libraryFile: string, workDir: string, count: number): Promise<ScaleImportFigures> {
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

/** Opening the library in a fresh process until the first list, and the filter counts, are answered. */
export function startupBench(libraryFile: string): StartupFigures {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'startupProbe.ts'), libraryFile], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (child.status !== 0) throw new Error(`start-up probe failed (${child.status ?? child.signal}): ${child.stderr.slice(-500)}`);
  const figures = JSON.parse(child.stdout) as Omit<StartupFigures, 'what'>;
  return {
    openMs: round(figures.openMs),
    firstListMs: round(figures.firstListMs),
    firstFacetsMs: round(figures.firstFacetsMs),
    what: 'a fresh Node process: Library.open (schema checked), then the first results page of the empty query and the filter counts, through the handler table',
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
