import fs from 'node:fs';
import path from 'node:path';
import { Library } from '../../electron/library/Library';
import { writeCorpus } from './corpus';
import { round, summarize } from './stats';

/** Not the large library's seed: these articles are new to it. */
const NEW_ARTICLES_SEED = 77;

export interface PlacementInImport {
  files: number;
  rounds: number;
  /** The main thread's CPU time per imported article (median of the rounds) with stories placing each article. */
  withPlacementMs: number;
  /** The same with placement left out. */
  withoutPlacementMs: number;
  /** What placement adds, each round's pair of imports subtracted: median and range. */
  addedMs: number;
  addedRangeMs: [number, number];
}

/**
 * What placing articles in stories adds to importing them, measured in an import: `files` new articles imported into
 * a fresh copy of `large`, with placement and with it left out, alternated for `rounds` rounds. The figure is the main
 * thread's CPU time, where placement runs (the parsing threads do the same work either way), read from Linux's /proc:
 * null on other systems. Inside an import, placement costs more than alone, the import's other writes taking the
 * stories' pages out of SQLite's cache.
 */
export async function placementInImport(large: Library, workDir: string, files = 2000, rounds = 3): Promise<PlacementInImport | null> {
  if (mainThreadCpuMs() === null) return null;
  const folder = path.join(workDir, 'new-articles');
  writeCorpus(folder, files, NEW_ARTICLES_SEED);
  large.db.pragma('wal_checkpoint(TRUNCATE)');
  const runs = { with: [] as number[], without: [] as number[] };
  try {
    for (let r = 0; r < rounds; r++) {
      for (const placing of r % 2 === 0 ? [true, false] : [false, true]) {
        (placing ? runs.with : runs.without).push((await importCopy(large.file, path.join(workDir, 'copy.sqlite'), folder, placing)) / files);
      }
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const added = runs.with.map((ms, r) => ms - runs.without[r]!);
  return {
    files,
    rounds,
    withPlacementMs: summarize(runs.with).p50Ms,
    withoutPlacementMs: summarize(runs.without).p50Ms,
    addedMs: summarize(added).p50Ms,
    addedRangeMs: [round(Math.min(...added)), round(Math.max(...added))],
  };
}

/** Imports `folder` into a copy of the library file, placing its articles or not; the main thread's CPU ms it took. */
async function importCopy(source: string, copy: string, folder: string, placing: boolean): Promise<number> {
  fs.copyFileSync(source, copy);
  const library = await Library.open(copy);
  try {
    if (!placing) library.stories.place = () => {};
    const start = mainThreadCpuMs()!;
    await library.import([folder]);
    return mainThreadCpuMs()! - start;
  } finally {
    library.close();
    for (const file of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(file, { force: true });
  }
}

/** This thread's CPU time in ms (Linux's scheduler statistics, in ns), or null where /proc does not say. */
function mainThreadCpuMs(): number | null {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}
