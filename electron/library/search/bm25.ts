import type { StatementCache } from '../db/StatementCache';

// FTS5's bm25 (fts5_aux.c), for the scores worked out without it when patching a ranking.

/** bm25's k1: a phrase's term in a row's score is its IDF times less than k1 + 1. */
export const K1 = 1.2;
/** bm25's b: how much a row's length against the average lowers its score. */
export const B = 0.75;

/** What bm25 reads from the index as a whole besides each phrase's count: how many rows, and their tokens in all columns. */
export interface IndexTotals {
  rows: number;
  tokens: number;
}

/** The varints of one of FTS5's records, as SQLite writes them (7 bits a byte, the high bit set but on the last). */
export function varints(block: Buffer): number[] {
  const values: number[] = [];
  for (let at = 0; at < block.length;) {
    let value = 0;
    let byte: number;
    do {
      byte = block[at++]!;
      value = value * 128 + (byte & 0x7f);
    } while (byte & 0x80 && at < block.length);
    values.push(value);
  }
  return values;
}

/** The index's totals record: varints of the row count and then each column's tokens. */
export function indexTotals(statements: StatementCache): IndexTotals {
  const block = statements.get('SELECT block FROM articles_fts_data WHERE id = 1').pluck().get() as Buffer | undefined;
  const [rows = 0, ...columns] = block ? varints(block) : [];
  return { rows, tokens: columns.reduce((sum, n) => sum + n, 0) };
}

/**
 * FTS5's IDF of a phrase in `hits` of `rows` rows, to the bit: its logarithm is SQLite's, the one bm25 takes, where
 * JavaScript's differs in the last bit for some values.
 */
export function idf(statements: StatementCache, rows: number, hits: number): number {
  const value = statements
    .get('SELECT ln(?)')
    .pluck()
    .get((rows - hits + 0.5) / (hits + 0.5)) as number;
  return value <= 0 ? 1e-6 : value;
}

/** A phrase's term of a row's score: `freq` its count in the row (each weighted by its column), `size` the row's tokens. */
export function bm25Term(idf: number, freq: number, size: number, totals: IndexTotals): number {
  return idf * ((freq * (K1 + 1)) / (freq + lengthNorm(size, totals)));
}

/** k1 scaled by a row's tokens against the average: what bm25 adds to a count below the line. */
function lengthNorm(size: number, totals: IndexTotals): number {
  return K1 * (1 - B + (B * size) / (totals.tokens / totals.rows));
}

/**
 * The weighted count that gave a row `score` (a one-phrase match's) with `idf` and `totals`: bm25's term solved for it.
 * The weights are whole numbers, so the count is one too; NaN when the score cannot be one of the phrase's.
 */
export function freqOfScore(score: number, idf: number, size: number, totals: IndexTotals): number {
  const term = -score / idf;
  const freq = (term * lengthNorm(size, totals)) / (K1 + 1 - term);
  const whole = Math.round(freq);
  return whole > 0 && Math.abs(freq - whole) <= 1e-6 * whole ? whole : NaN;
}

/** Each row's tokens in all columns, from the index's own record of them. */
export function rowSizes(statements: StatementCache, ids: readonly number[]): Map<number, number> {
  const rows = statements.get('SELECT id, sz FROM articles_fts_docsize WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(ids)) as [
    number,
    Buffer,
  ][];
  return new Map(rows.map(([id, sz]) => [id, varints(sz).reduce((sum, n) => sum + n, 0)]));
}
