import { runProbe } from './runProbe';
import { round } from './stats';

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
 * resident memory is the import's, as the app's would be. Progress on stderr per chunk.
 */
export async function scaleImport(libraryFile: string, workDir: string, count: number): Promise<ScaleImportFigures> {
  return runProbe<ScaleImportFigures>('scaleImportProbe.ts', [libraryFile, workDir, String(count)]);
}

/** Opening the library in a fresh process until the first list, and the filter counts, are answered. */
export async function startupBench(libraryFile: string): Promise<StartupFigures> {
  const figures = await runProbe<Omit<StartupFigures, 'what'>>('startupProbe.ts', [libraryFile]);
  return {
    openMs: round(figures.openMs),
    firstListMs: round(figures.firstListMs),
    firstFacetsMs: round(figures.firstFacetsMs),
    what: 'a fresh Node process: Library.open (schema checked), then the first results page of the empty query and the filter counts, through the handler table',
  };
}
