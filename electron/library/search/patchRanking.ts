import { BM25 } from '../query/compileQuery';
import type { StatementCache } from '../db/StatementCache';
import type { Ranked } from './RankedCache';
import { idf, type IndexTotals, K1 } from './bm25';
import { movedHits, scorePhrase, type Scored, type TextChanges } from './phraseScores';

/** Scores are compared with this much room for rounding: FTS5 and this bound each round a few times. */
const ROUNDING = 1e-9;

const PHRASE = /"((?:[^"]|"")*)"\*?/g;
/** Words of letters and digits, one space apart: the index's tokens, each as written. */
const WORDS = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)+$/u;

/**
 * The phrases bm25 gives an IDF to, each as a MATCH string, or null when the ranking is better computed again: a
 * match string with anything else than quoted phrases, AND, OR, NOT and parentheses; or a phrase of several words
 * but alone in it, of plain words, not a prefix, its first word not repeated in it (else two of its instances could
 * overlap, and highlight() would mark them as one: see phraseScores).
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
  if (phrases.length === 0) return null;
  if (phrases.every(([, text]) => !/[^\p{L}\p{N}]/u.test(text!))) return phrases.map(([phrase]) => phrase);
  const [[phrase, text]] = phrases as [RegExpExecArray];
  if (phrases.length > 1 || phrase !== match.trim() || phrase.endsWith('*') || !WORDS.test(text!)) return null;
  const [first, ...rest] = text!.split(' ').map(token);
  return rest.includes(first!) ? null : [phrase];
}

/** A word as the index's tokenizer keeps it (unicode61, remove_diacritics 2): folded to lower case, marks removed. */
const token = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The ranking `kept` (best first) after the text of the articles `changes` lists was added, edited or removed, with
 * the scores a full ranking gives now; null when that costs more than ranking again.
 *
 * Every score moves a little with the index's totals, but an article whose text did not change keeps its phrase
 * counts and its length: each phrase's term of its score changes with that phrase's IDF, changed by at most
 * `changes.ids.length` articles more or fewer holding the phrase, and grows by at most the growth of the average
 * length. So no article left out of `kept` can now score better than the last kept score times that bound. The kept
 * and the changed articles are scored again exactly: a match that is one phrase (a word, a prefix, several words) as
 * FTS5 would (phraseScores), others by FTS5 itself; those scoring better than the bound are the new ranking's first
 * rows, in the same order as a full ranking; the others are left to a later ranking.
 */
export function patchRanking(
  statements: StatementCache,
  match: string,
  phrases: readonly string[],
  kept: Ranked,
  before: IndexTotals,
  now: IndexTotals,
  changes: TextChanges,
): Ranked | null {
  if (before.rows === 0 || now.rows === 0) return null;
  const alone = phrases.length === 1 && phrases[0] === match.trim() ? phrases[0] : null;
  const { rows, hits } =
    (alone !== null && scorePhrase(statements, alone, kept, before, now, changes)) || scoreWords(statements, match, phrases, kept, changes);
  if (kept.complete) return { ids: rows.map(([id]) => id), scores: rows.map(([, score]) => score), complete: true, total: rows.length };
  // Each phrase's IDF now, against the least it can have been with `changed` articles more or fewer holding it.
  const changed = changes.ids.length;
  const idfs = hits.map((n) => [idf(statements, now.rows, n), idf(statements, before.rows, Math.min(before.rows, n + changed))] as const);
  const idfGrowth = Math.max(...idfs.map(([now, least]) => now / least));
  // A phrase whose IDF is near nought (one in nearly half the articles, or left out by NOT) can grow by a large
  // factor, but only by a small amount: its term grows by that amount times less than k1 + 1.
  const idfGain = idfs.reduce((sum, [now, least]) => sum + Math.max(0, now - least), 0) * (K1 + 1);
  const lengthGrowth = Math.max(1, now.tokens / now.rows / (before.tokens / before.rows));
  // Scores are negative: the best are the largest in magnitude.
  const last = -kept.scores.at(-1)!;
  const bound = Math.min(last * idfGrowth, last + idfGain) * lengthGrowth * (1 + ROUNDING);
  const proven = rows.filter(([, score]) => -score > bound);
  return { ids: proven.map(([id]) => id), scores: proven.map(([, score]) => score), complete: false, total: phrases.length === 1 ? hits[0]! : null };
}

/**
 * The kept and changed rows of a match of several phrases (or of one whose scores scorePhrase cannot work out), scored
 * by FTS5 in a pass over every row the match is in, and each phrase's count of rows now: for one phrase, its kept
 * count moved by the changed rows (movedHits), where counting again would take one more pass over its rows (15 ms for
 * a common word at a million articles).
 */
function scoreWords(statements: StatementCache, match: string, phrases: readonly string[], kept: Ranked, changes: TextChanges): Scored {
  const rows = statements
    .get(
      `SELECT rowid, ${BM25} AS score FROM articles_fts WHERE articles_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?)) ORDER BY score ASC, rowid DESC`,
    )
    .raw()
    .all(match, JSON.stringify([...new Set([...kept.ids, ...changes.ids])])) as [number, number][];
  const changed = new Set(changes.ids);
  const moved = phrases.length === 1 ? movedHits(statements, phrases[0]!, kept, changes, rows.filter(([id]) => changed.has(id)).length) : null;
  if (moved !== null) return { rows, hits: [moved] };
  const count = statements.get('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck();
  return { rows, hits: phrases.map((phrase) => count.get(phrase) as number) };
}
