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

/**
 * Merges each full-text index that holds more than MAX_SEGMENTS segments into one (FTS5's 'optimize'), both in one
 * transaction: a crash keeps both as they were, and they were sound already. The merge rewrites the whole index, 0.5 s
 * for 20,000 articles and 3.2 s for 100,000, so only large imports call it. The pages the old segments held (4 MB of
 * 127 at 20,000) are left free for the next writes rather than given back: a vacuum would copy the whole library.
 * Returns the indexes merged.
 */
export function mergeFullTextSegments(db: Database): string[] {
  const merge = db.transaction(() => {
    const merged = INDEXES.filter((table) => segmentCount(db, table) > MAX_SEGMENTS);
    for (const table of merged) db.prepare(`INSERT INTO ${table}(${table}) VALUES ('optimize')`).run();
    return merged;
  });
  return merge();
}
