import type { Database } from 'better-sqlite3';
import { LibraryRevision, readsPositions } from '../db/libraryRevision';
import { KeptWhile } from '../db/KeptWhile';

/** What a query's matches cost to find once: the best ids in rank order (the whole list when short), and the count. */
export interface Ranked {
  /** Ids in the query's order, from the first; all of them when `complete`. */
  ids: number[];
  /** The bm25 score of each of `ids`. */
  scores: number[];
  complete: boolean;
  total: number | null;
}

/** Queries kept: the current one, the few before it (typing back, a saved view) and the views' counts. */
const CAPACITY = 16;

/**
 * The ranking and count of recent queries, valid while the library is unchanged. Ranking a common word scores
 * every article it is in; paging, re-rendering and the filter pane asking again then cost only their page's rows.
 * Keyed by the compiled query (SQL and values), so inputs that differ only in spacing or order share an entry.
 */
export class RankedCache {
  private readonly entries: KeptWhile<Ranked>;

  constructor(db: Database) {
    const revision = new LibraryRevision(db);
    this.entries = new KeptWhile((key) => revision.current(readsPositions(key)), CAPACITY);
  }

  /** The entry for `key`, made empty when new or when the library changed since it was kept (LibraryRevision). */
  get(key: string): Ranked {
    return this.entries.get(key) ?? this.entries.set(key, { ids: [], scores: [], complete: false, total: null });
  }
}
