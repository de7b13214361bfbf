import v8 from 'node:v8';
import type { Database } from 'better-sqlite3';

/** The least and the most SQLite's page cache holds while a large import writes, in KiB. */
export const IMPORT_CACHE_MIN_KIB = 8 * 1024;
export const IMPORT_CACHE_MAX_KIB = 64 * 1024;
/** How far, in percent, V8 lets a heap grow past what survived its last full collection while a large import runs. */
export const IMPORT_HEAP_GROWING_PERCENT = 50;

/** Connections whose cache an import sizes now: an import started during another leaves the cache to the first. */
const SIZED = new WeakSet<Database>();
/** Imports running now: the heap's growth, the process's, is narrowed by the first and given back by the last. */
let running = 0;

/** The page cache, in KiB, for a library of `libraryBytes`: a quarter of it, within IMPORT_CACHE_MIN_KIB and _MAX_KIB. */
export function importCacheKib(libraryBytes: number): number {
  return Math.min(IMPORT_CACHE_MAX_KIB, Math.max(IMPORT_CACHE_MIN_KIB, Math.round(libraryBytes / 4 / 1024)));
}

/**
 * The memory a large import works in, set when it starts and given back after.
 *
 * SQLite's page cache is sized to the library before each batch. The indexes an import fills in no particular order
 * (mentions, entities' aliases, the stories') outgrow the default 2 MB as the library grows, and reading their pages
 * back cost 10–15% of the writing by 58,000 articles. They are about a quarter of the file (163 of 525 MB at 100,000
 * articles); the texts and their words are written once and not read again, yet fill a cache as far as it may grow.
 *
 * V8's heaps may grow by IMPORT_HEAP_GROWING_PERCENT past what survived their last full collection, where V8 lets
 * them grow up to fourfold when collecting is cheap beside the work, as it is here. The articles prepared on the
 * parsing threads wait on the main thread for their batch, outlive its young collections and die old: its heap
 * reached 150–170 MB with 35–38 live. The setting is V8's, read at each full collection, and the process's: the
 * parsing threads' heaps grow less too; 0 gives V8 back its own heuristics. Electron's main process starts V8 with
 * --no-freeze-flags-after-init, so that Node's v8.setFlagsFromString may still change a flag there, as in Node.
 *
 * Importing 40,000 generated articles into a new library, 20,000 at a time, the peak resident memory per 20,000 was
 * 451 and 488 MB with a fixed 64 MB cache and V8's growth; 405 and 426 with both set here, at the same rate (growing by
 * 25%: 360 and 397, but 4% more CPU in all importing 4,000 articles into 100,000 (three runs each); by 100%: 435 and 473).
 * 100,000 articles imported into a new library peaked at 435 MB, against 516 before, at the same rate.
 */
export class ImportMemory {
  private readonly cacheBefore: number | null;

  constructor(
    private readonly db: Database,
    private readonly setV8Flags: (flags: string) => void = v8.setFlagsFromString,
  ) {
    this.cacheBefore = SIZED.has(db) ? null : (db.pragma('cache_size', { simple: true }) as number);
    if (this.cacheBefore !== null) SIZED.add(db);
    if (running++ === 0) this.setV8Flags(`--heap-growing-percent=${IMPORT_HEAP_GROWING_PERCENT}`);
    this.fit();
  }

  /** Sizes the page cache to the library as it is now. */
  fit(): void {
    if (this.cacheBefore === null) return;
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    this.db.pragma(`cache_size = -${importCacheKib(pages * pageSize)}`);
  }

  /** Gives back the page cache and the heap's growth as they were. */
  restore(): void {
    if (--running === 0) this.setV8Flags('--heap-growing-percent=0');
    if (this.cacheBefore === null) return;
    SIZED.delete(this.db);
    this.db.pragma(`cache_size = ${this.cacheBefore}`);
  }
}
