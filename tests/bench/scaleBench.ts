import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { round } from './stats';

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
   * The importing process's resident memory at its largest, the operating system's figure (the generator's few MB
   * included). Read after each chunk instead, once the parse workers had stopped, it missed the import's peak: 282–360
   * MB in two 100,000-article runs whose peaks were 519 and 524.
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
 * Imports `count` generated articles into a new library (scaleImportProbe.ts), in a process of its own: its peak
 * resident memory is the import's, as the app's would be, not that of the bench's own modules (Playwright and the
 * renderer bench, 124 MB). Progress on stderr per chunk.
 */
export async function scaleImport(libraryFile: string, workDir: string, count: number): Promise<ScaleImportFigures> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'scaleImportProbe.ts'), libraryFile, workDir, String(count)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (data: string) => (out += data));
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) throw new Error(`the scale import failed (${code ?? signal})`);
  return JSON.parse(out) as ScaleImportFigures;
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
