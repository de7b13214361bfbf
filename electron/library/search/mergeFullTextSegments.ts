import type { Database } from 'better-sqlite3';

/** The full-text indexes: words, and trigrams for the texts in scripts written without spaces (m005). */
const INDEXES = ['articles_fts', 'articles_tri'] as const;

/**
 * Segments an index may keep before a large import merges it into one. Every segment is searched on its own, for the
 * matches and again for each shown row's snippet and marks: 20,000 generated articles imported at once left 10
 * segments in the word index, and a page of 100 rows took 15–21 ms of CPU (p50), merged into one 12–14 ms. FTS5's
 * own merging (automerge) keeps up to 3 a level, so a few imports in a row reach this and the next large one merges.
 */
export const MAX_SEGMENTS = 4;

/** How many segments the FTS5 index `table` holds, each listed in its `_idx` table by the pages it starts. */
export function segmentCount(db: Database, table: (typeof INDEXES)[number]): number {
  return db.prepare(`SELECT count(DISTINCT segid) FROM ${table}_idx`).pluck().get() as number;
}

/** Pages a 'merge' step writes at most: each step is a statement, and the loop ends when one does nothing. */
const MERGE_STEP_PAGES = 500;

/**
 * Merges each full-text index that holds more than MAX_SEGMENTS segments, both in one transaction: a crash keeps both
 * as they were, and they were sound already. First level by level, the way FTS5 merges on its own but down to one
 * segment a level: segments made by the same number of merges are of like size, so the import's new ones are merged
 * with each other and the library's large one is left alone (4,000 articles into 100,000: 9 segments to 2 in 0.11 s).
 * Only if that leaves more than MAX_SEGMENTS is the whole index rewritten into one (FTS5's 'optimize': 1.4 s at
 * 100,000 articles, 10 times that at a million, and paid by every import's end before). The pages the old segments
 * held are left free for the next writes rather than given back: a vacuum would copy the whole library. Returns the
 * indexes merged.
 */
export function mergeFullTextSegments(db: Database): string[] {
  const merge = db.transaction(() => {
    const merged = INDEXES.filter((table) => segmentCount(db, table) > MAX_SEGMENTS);
    for (const table of merged) {
      mergeLevels(db, table);
      if (segmentCount(db, table) > MAX_SEGMENTS) db.prepare(`INSERT INTO ${table}(${table}) VALUES ('optimize')`).run();
    }
    return merged;
  });
  return merge();
}

/**
 * Merges every level of the index that holds two segments or more ('usermerge' 2, a setting kept in the index) until
 * none does. A 'merge' that did nothing counts one change, for its own insert: FTS5's documented test of being done.
 */
function mergeLevels(db: Database, table: (typeof INDEXES)[number]): void {
  db.prepare(`INSERT INTO ${table}(${table}, rank) VALUES ('usermerge', 2)`).run();
  const step = db.prepare(`INSERT INTO ${table}(${table}, rank) VALUES ('merge', ${MERGE_STEP_PAGES})`);
  const changes = db.prepare('SELECT total_changes()').pluck();
  for (;;) {
    const before = changes.get() as number;
    step.run();
    if ((changes.get() as number) - before < 2) return;
  }
}
