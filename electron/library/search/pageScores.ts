import type { StatementCache } from '../db/StatementCache';
import { bm25Term, idf, indexTotals, rowSizes } from './bm25';
import { phraseCounts } from './phraseScores';
import { patchablePhrases } from './patchRanking';

/**
 * The bm25 score of each of a few rows of a match (`ids`, each matching it), as FTS5's bm25 gives it, to the bit;
 * null for a match of other than plain words (patchablePhrases), or of a prefix. FTS5 would first count every row
 * holding each phrase, in one more pass over the matches (35 ms for a common word at a million articles): here each
 * phrase's count is `hits` (kept with its ids), and each row's count of it is looked up by id (phraseCounts).
 */
export function pageScores(statements: StatementCache, match: string, ids: readonly number[], hits: (phrase: string) => number): number[] | null {
  const phrases = patchablePhrases(match);
  if (!phrases || phrases.some((phrase) => phrase.endsWith('*'))) return null;
  const totals = indexTotals(statements);
  const sizes = rowSizes(statements, ids);
  const scores = ids.map(() => 0);
  for (const phrase of phrases) {
    const weight = idf(statements, totals.rows, hits(phrase));
    const freqs = phraseCounts(statements, phrase, ids);
    ids.forEach((id, i) => (scores[i]! += bm25Term(weight, freqs.get(id) ?? 0, sizes.get(id)!, totals)));
  }
  return scores.map((score) => -1 * score);
}
