import { BM25 } from '../query/compileQuery';

/** The order a ranking is split, merged and patched in: best first (bm25 scores are negative), then the newest. */
export const BEST_FIRST = 'score ASC, id DESC';

/** A match's first rows in `orderBy` (over `score` and `id`), with the rowids `bound` asks for. */
export const rankingSql = (orderBy: string, bound: '' | '< ?' | '>= ?' = '') =>
  `SELECT rowid AS id, ${BM25} AS score FROM articles_fts WHERE articles_fts MATCH ?${bound && ` AND rowid ${bound}`} ORDER BY ${orderBy} LIMIT ?`;
