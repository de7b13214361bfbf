import { COLUMN_WEIGHTS } from '../query/compileQuery';
import type { StatementCache } from '../db/StatementCache';
import type { TextBefore } from '../db/IndexChanges';
import { bm25Term, freqOfScore, idf, type IndexTotals, rowSizes } from './bm25';
import type { Ranked } from './RankedCache';
import { inScratchIndex } from './scratchIndex';

/** Changes to the index since a ranking: the articles whose text changed, and what each was then (IndexChanges). */
export interface TextChanges {
  ids: readonly number[];
  before: ReadonlyMap<number, TextBefore>;
}

/** Rows with their scores, best first, and each phrase's count of rows now. */
export interface Scored {
  rows: [number, number][];
  hits: number[];
}

/** Per column of `index`, how many times the phrase is in the row: the characters highlight() adds, one per instance. */
const countsIn = (index: string) =>
  COLUMN_WEIGHTS.map((_, c) => `length(highlight(${index}, ${c}, char(1), '')) - length(highlight(${index}, ${c}, '', ''))`).join(', ');

/**
 * How many times each of the rows `ids` holds `phrase`, weighted by column as bm25 weighs them; rows without it are left
 * out. Each row is looked up by id; but a prefix's rows are read into an index of their own (inScratchIndex): in the
 * library's, FTS5 gathers every word the prefix stands for again for each row, 10 ms for `legislat*` at a million
 * articles. highlight() marks each instance (the phrase's words cannot overlap themselves, see patchablePhrases).
 */
export function phraseCounts(statements: StatementCache, phrase: string, ids: readonly number[]): Map<number, number> {
  const weighted = (rows: number[][]) => new Map(rows.map(([id, ...perColumn]) => [id!, perColumn.reduce((sum, n, c) => sum + n * COLUMN_WEIGHTS[c]!, 0)]));
  if (!phrase.endsWith('*')) {
    const sql = `SELECT page.value, ${countsIn('articles_fts')} FROM json_each(?) AS page CROSS JOIN articles_fts ON articles_fts.rowid = page.value
      WHERE articles_fts MATCH ?`;
    return weighted(statements.get(sql).raw().all(JSON.stringify(ids), phrase) as number[][]);
  }
  const texts = statements
    .get('SELECT a.id, a.body, a.title FROM json_each(?) AS page CROSS JOIN articles a ON a.id = page.value')
    .raw()
    .all(JSON.stringify(ids)) as [number, string, string][];
  const counts = inScratchIndex(
    statements,
    texts.map(([, body, title]) => [body, title]),
    (scratch) =>
      scratch
        .prepare(`SELECT rowid, ${countsIn('texts')} FROM texts WHERE texts MATCH ?`)
        .raw()
        .all(phrase) as number[][],
  );
  return weighted(counts.map(([place, ...perColumn]) => [texts[place! - 1]![0], ...perColumn]));
}

/**
 * The kept and changed rows of a match that is one phrase (a word, a prefix, several words), scored as FTS5's bm25
 * scores them now, and the phrase's count; null when that count cannot be known without counting again (movedHits),
 * or when a kept score cannot be one of the phrase's, or the columns' weights are not whole numbers.
 *
 * bm25 itself would first count every row holding the phrase (for several words, testing their positions in each),
 * then score each row the match is in, in a pass over them all: for "said" at a million articles, 434,000 rows and
 * 30–40 ms, where the page asked for needs a few hundred. The count is the kept one moved by the changed rows
 * (movedHits). An unchanged row keeps its count of the phrase and its length, so its score is worked out again from
 * its kept one by fts5_aux.c's formula, its operations in the same order and its logarithm SQLite's (bm25.ts); a
 * changed row's count is read from the index (phraseCounts).
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
  const counts = phraseCounts(statements, phrase, changes.ids);
  const hits = movedHits(statements, phrase, kept, changes, counts.size);
  if (hits === null) return null;
  const changed = new Set(changes.ids);
  const sizes = rowSizes(statements, [...kept.ids, ...counts.keys()]);
  const idfBefore = idf(statements, before.rows, kept.total);
  const idfNow = idf(statements, now.rows, hits);
  const rows: [number, number][] = [];
  for (const [i, id] of kept.ids.entries()) {
    if (changed.has(id)) continue;
    const size = sizes.get(id)!;
    const freq = freqOfScore(kept.scores[i]!, idfBefore, size, before);
    if (Number.isNaN(freq)) return null;
    rows.push([id, -bm25Term(idfNow, freq, size, now)]);
  }
  for (const [id, freq] of counts) rows.push([id, -bm25Term(idfNow, freq, sizes.get(id)!, now)]);
  rows.sort(([a, x], [b, y]) => x - y || b - a);
  return { rows, hits: [hits] };
}

/**
 * How many rows hold `phrase` now, the kept count (`kept.total`, the ranking's) moved by the changed rows: one less for
 * each that held it before (a ranked row, none outside a complete ranking, nor an added one; else its text before, when
 * kept, tells), and `holdingNow` more. Null when a changed row's text before is not known, or the count was not kept.
 */
export function movedHits(statements: StatementCache, phrase: string, kept: Ranked, changes: TextChanges, holdingNow: number): number | null {
  if (kept.total === null) return null;
  const ranked = new Set(kept.ids);
  let hits = kept.total;
  const unranked: (readonly string[])[] = [];
  for (const id of changes.ids) {
    const before = changes.before.get(id) ?? null;
    if (before === 'added' || (kept.complete && !ranked.has(id))) continue;
    if (ranked.has(id)) hits--;
    else if (before === null) return null;
    else unranked.push(before);
  }
  return hits - heldBefore(statements, phrase, unranked) + holdingNow;
}

/** How many of `texts` (each the index's columns of an article as it was) hold the phrase, tokenized as the index does. */
function heldBefore(statements: StatementCache, phrase: string, texts: (readonly string[])[]): number {
  if (texts.length === 0) return 0;
  return inScratchIndex(statements, texts, (scratch) => scratch.prepare('SELECT count(*) FROM texts WHERE texts MATCH ?').pluck().get(phrase) as number);
}
