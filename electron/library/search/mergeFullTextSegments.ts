import type { Database } from 'better-sqlite3';

/** The full-text indexes: words, and trigrams for the texts in scripts written without spaces (m005). */
const INDEXES = ['articles_fts', 'articles_tri'] as const;

/**
 * Segments an index may keep before a large import merges it into one. Every segment is searched on its own, for the
 * matches and again for each shown row's snippet and marks: a 20,000-article library left with 10 segments by its
 * import took 13–22 ms of CPU for a page of 100 rows, merged into one 9–10 ms. FTS5's own merging (automerge) keeps
 * roughly up to 3 a level, so a few imports in a row reach this and the next large one pays for a merge.
 */
export const MAX_SEGMENTS = 4;

/** How many segments the FTS5 index `table` holds, each listed in its `_idx` table by the pages it starts. */
export function segmentCount(db: Database, table: (typeof INDEXES)[number]): number {
  return db.prepare(`SELECT count(DISTINCT segid) FROM ${table}_idx`).pluck().get() as number;
}

/**
 * Merges each full-text index that holds more than MAX_SEGMENTS segments into one (FTS5's 'optimize'), both in one
 * transaction: a crash keeps both as they were, and they were sound already. The merge rewrites the whole index
 * (0.6 s for 20,000 articles), so only large imports call it; the pages the old segments held are free for the next
 * writes rather than given back (a vacuum would copy the whole library). Returns the indexes merged.
 */
export function mergeFullTextSegments(db: Database): string[] {
  const merge = db.transaction(() => {
    const merged = INDEXES.filter((table) => segmentCount(db, table) > MAX_SEGMENTS);
    for (const table of merged) db.prepare(`INSERT INTO ${table}(${table}) VALUES ('optimize')`).run();
    return merged;
  });
  return merge();
}
