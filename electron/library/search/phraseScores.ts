import { COLUMN_WEIGHTS } from '../query/compileQuery';
import type { StatementCache } from '../db/StatementCache';
import { bm25Term, freqOfScore, idf, type IndexTotals, rowSizes } from './bm25';
import type { Ranked } from './RankedCache';

/** Changes to the index since a ranking: the articles whose text changed, and which of them were not in the library then. */
export interface TextChanges {
  ids: readonly number[];
  added: ReadonlySet<number>;
}

/** Rows with their scores, best first, and each phrase's count of rows now. */
export interface Scored {
  rows: [number, number][];
  hits: number[];
}

/** Per column, how many times the phrase is in the row: the characters highlight() adds, one per instance. */
const COUNTS = COLUMN_WEIGHTS.map((_, c) => `length(highlight(articles_fts, ${c}, char(1), '')) - length(highlight(articles_fts, ${c}, '', ''))`).join(', ');

/**
 * The kept and changed rows of a match that is one phrase of several words, scored as FTS5's bm25 scores them now,
 * and the phrase's count; null when that count cannot be known without counting again.
 *
 * bm25 itself would first count every row holding the phrase, testing the words' positions in each: for a common
 * phrase that is most of the cost of ranking. The count is the kept one (`kept.total`, taken with the ranking)
 * moved by the changed rows: one less for each that held it before (a ranked row, or none outside a complete
 * ranking; an added one did not), one more for each that holds it now. An unchanged row keeps its count of the
 * phrase and its length, so its score is worked out again from its kept one; a changed row's count is read from
 * the index, looked up by id (highlight() marks each instance: the phrase's words cannot overlap themselves, see
 * patchablePhrases).
 */
export function scorePhrase(
  statements: StatementCache,
  phrase: string,
  kept: Ranked,
  before: IndexTotals,
  now: IndexTotals,
  changes: TextChanges,
): Scored | null {
  if (kept.total === null || !COLUMN_WEIGHTS.every(Number.isInteger)) return null;
  const ranked = new Set(kept.ids);
  let hits = kept.total;
  for (const id of changes.ids) {
    if (changes.added.has(id)) continue;
    if (ranked.has(id)) hits--;
    else if (!kept.complete) return null;
  }
  const counts = statements
    .get(`SELECT page.value, ${COUNTS} FROM json_each(?) AS page CROSS JOIN articles_fts ON articles_fts.rowid = page.value WHERE articles_fts MATCH ?`)
    .raw()
    .all(JSON.stringify(changes.ids), phrase) as number[][];
  hits += counts.length;
  const changed = new Set(changes.ids);
  const sizes = rowSizes(statements, [...kept.ids, ...counts.map(([id]) => id!)]);
  const idfBefore = idf(before.rows, kept.total);
  const idfNow = idf(now.rows, hits);
  const rows: [number, number][] = [];
  for (const [i, id] of kept.ids.entries()) {
    if (changed.has(id)) continue;
    const size = sizes.get(id)!;
    const freq = freqOfScore(kept.scores[i]!, idfBefore, size, before);
    if (Number.isNaN(freq)) return null;
    rows.push([id, -bm25Term(idfNow, freq, size, now)]);
  }
  for (const [id, ...perColumn] of counts) {
    const freq = perColumn.reduce((sum, n, c) => sum + n * COLUMN_WEIGHTS[c]!, 0);
    rows.push([id!, -bm25Term(idfNow, freq, sizes.get(id!)!, now)]);
  }
  rows.sort(([a, x], [b, y]) => x - y || b - a);
  return { rows, hits: [hits] };
}
