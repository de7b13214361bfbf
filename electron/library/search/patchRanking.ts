import { BM25 } from '../query/compileQuery';
import type { StatementCache } from '../db/StatementCache';
import type { Ranked } from './RankedCache';

/** The order a ranking must have to be patched: best first, as bm25 scores are negative. */
export const BEST_FIRST = 'score ASC, id DESC';

/** What bm25 reads from the index as a whole besides each phrase's count: how many rows, and their tokens in all columns. */
export interface IndexTotals {
  rows: number;
  tokens: number;
}

/** bm25's k1: a phrase's term in a row's score is its IDF times less than k1 + 1. */
const K1 = 1.2;
/** Scores are compared with this much room for rounding: FTS5 and this bound each round a few times. */
const ROUNDING = 1e-9;

const PHRASE = /"((?:[^"]|"")*)"\*?/g;

/**
 * The phrases bm25 gives an IDF to, each as a MATCH string, or null when the ranking is better computed again: a
 * match string with anything else than quoted phrases, AND, OR, NOT and parentheses; or a phrase of several words,
 * which FTS5 tests position by position, so that scoring a few hundred rows of it costs as much as ranking them all.
 */
export function patchablePhrases(match: string): string[] | null {
  if (
    match
      .replace(PHRASE, ' ')
      .replace(/\b(?:AND|OR|NOT)\b|[()]/g, ' ')
      .trim() !== ''
  )
    return null;
  const phrases = [...match.matchAll(PHRASE)];
  if (phrases.length === 0 || phrases.some(([, text]) => /[^\p{L}\p{N}]/u.test(text!))) return null;
  return phrases.map(([phrase]) => phrase);
}

/** The index's totals record: varints of the row count and then each column's tokens. */
export function indexTotals(statements: StatementCache): IndexTotals {
  const block = statements.get('SELECT block FROM articles_fts_data WHERE id = 1').pluck().get() as Buffer | undefined;
  const values: number[] = [];
  for (let at = 0; block && at < block.length;) {
    let value = 0;
    let byte: number;
    do {
      byte = block[at++]!;
      value = value * 128 + (byte & 0x7f);
    } while (byte & 0x80 && at < block.length);
    values.push(value);
  }
  const [rows = 0, ...columns] = values;
  return { rows, tokens: columns.reduce((sum, n) => sum + n, 0) };
}

/** FTS5's IDF of a phrase in `hits` of `rows` rows. */
const idf = (rows: number, hits: number) => {
  const value = Math.log((rows - hits + 0.5) / (hits + 0.5));
  return value <= 0 ? 1e-6 : value;
};

/**
 * The ranking `kept` (best first) after the text of the articles `changed` was added, edited or removed, with the
 * scores a full ranking gives now; null when that costs more than ranking again.
 *
 * Every score moves a little with the index's totals, but an article whose text did not change keeps its phrase
 * counts and its length: each phrase's term of its score changes with that phrase's IDF, changed by at most
 * `changed.length` articles more or fewer holding the phrase, and grows by at most the growth of the average length. So
 * no article left out of `kept` can now score better than the last kept score times that bound. The kept and the
 * changed articles are scored again exactly, by FTS5 itself; those scoring better than the bound are the new
 * ranking's first rows, in the same order as a full ranking; the others are left to a later ranking.
 */
export function patchRanking(
  statements: StatementCache,
  match: string,
  phrases: readonly string[],
  kept: Ranked,
  before: IndexTotals,
  now: IndexTotals,
  changed: readonly number[],
): Ranked | null {
  if (before.rows === 0 || now.rows === 0) return null;
  const count = statements.get('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck();
  const hits = phrases.map((phrase) => count.get(phrase) as number);
  // Each phrase's IDF now, against the least it can have been with `changed` articles more or fewer holding it.
  const idfs = hits.map((n) => [idf(now.rows, n), idf(before.rows, Math.min(before.rows, n + changed.length))] as const);
  const idfGrowth = Math.max(...idfs.map(([now, least]) => now / least));
  // A phrase whose IDF is near nought (one in nearly half the articles, or left out by NOT) can grow by a large
  // factor, but only by a small amount: its term grows by that amount times less than k1 + 1.
  const idfGain = idfs.reduce((sum, [now, least]) => sum + Math.max(0, now - least), 0) * (K1 + 1);
  const lengthGrowth = Math.max(1, now.tokens / now.rows / (before.tokens / before.rows));
  const rows = statements
    .get(
      `SELECT rowid, ${BM25} AS score FROM articles_fts WHERE articles_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?)) ORDER BY score ASC, rowid DESC`,
    )
    .raw()
    .all(match, JSON.stringify([...new Set([...kept.ids, ...changed])])) as [number, number][];
  const total = phrases.length === 1 ? hits[0]! : null;
  if (kept.complete) return { ids: rows.map(([id]) => id), scores: rows.map(([, score]) => score), complete: true, total: rows.length };
  // Scores are negative: the best are the largest in magnitude.
  const last = -kept.scores.at(-1)!;
  const bound = Math.min(last * idfGrowth, last + idfGain) * lengthGrowth * (1 + ROUNDING);
  const proven = rows.filter(([, score]) => -score > bound);
  return { ids: proven.map(([id]) => id), scores: proven.map(([, score]) => score), complete: false, total };
}
