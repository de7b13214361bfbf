import type { StatementCache } from '../db/StatementCache';
import { COLUMN_WEIGHTS } from '../query/compileQuery';
import { bm25Term, indexTotals, rowSizes } from './bm25';
import { COUNTS } from './phraseScores';
import { patchablePhrases } from './patchRanking';

/**
 * The bm25 score of each of a few rows of a match (`ids`, each matching it), as FTS5's bm25 gives it, to the bit;
 * null for a match of other than plain words (patchablePhrases), or of a prefix. FTS5 would first count every row
 * holding each phrase, in one more pass over the matches (35 ms for a common word at a million articles): here each
 * phrase's count is `hits` (kept with its ids), and each row's count of it is looked up by id. The IDF's logarithm is
 * SQLite's, the one bm25 takes: JavaScript's differs in the last bit for some values.
 */
export function pageScores(statements: StatementCache, match: string, ids: readonly number[], hits: (phrase: string) => number): number[] | null {
  const phrases = patchablePhrases(match);
  if (!phrases || phrases.some((phrase) => phrase.endsWith('*'))) return null;
  const totals = indexTotals(statements);
  const sizes = rowSizes(statements, ids);
  const counts = statements.get(
    `SELECT page.value, ${COUNTS} FROM json_each(?) AS page CROSS JOIN articles_fts ON articles_fts.rowid = page.value WHERE articles_fts MATCH ?`,
  );
  const log = statements.get('SELECT ln(?)').pluck();
  const scores = ids.map(() => 0);
  for (const phrase of phrases) {
    const n = hits(phrase);
    const value = log.get((totals.rows - n + 0.5) / (n + 0.5)) as number;
    const idf = value <= 0 ? 1e-6 : value;
    const freqs = new Map(
      (counts.raw().all(JSON.stringify(ids), phrase) as number[][]).map(([id, ...perColumn]) => [
        id!,
        perColumn.reduce((sum, count, c) => sum + count * COLUMN_WEIGHTS[c]!, 0),
      ]),
    );
    ids.forEach((id, i) => (scores[i]! += bm25Term(idf, freqs.get(id) ?? 0, sizes.get(id)!, totals)));
  }
  return scores.map((score) => -1 * score);
}
