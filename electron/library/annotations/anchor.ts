import search from 'approx-string-match';

// W3C Web Annotation selectors, re-anchored the way Hypothesis does (its match-quote module):
// exact position, then exact quote, then an approximate quote match scored with its context.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export type AnchorResult = { start: number; end: number; method: 'position' | 'quote' | 'fuzzy'; score: number } | null;

const CONTEXT_LENGTH = 32;
/** A fuzzy match may differ from the quote in at most this share of its characters… */
const MAX_ERROR_RATE = 0.25;
/** …and at most this many: the search costs time in proportion to it, as in Hypothesis. */
const MAX_ERRORS = 256;
/**
 * …and its score (`scoreMatch`) must reach this, which an approximate quote alone never does (even
 * exact, with unrelated context, it scores 0.57): with 10% of the quote edited about a fifth of the
 * context must agree, with 25% edited two fifths.
 */
const MIN_FUZZY_SCORE = 0.6;
const MAX_SCORED = 32;
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

export function describeRange(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`[${start}, ${end}) is not a non-empty range of a text of length ${text.length}`);
  }
  const [s, e] = [widenStart(text, start), widenEnd(text, end)];
  // The context is cut short rather than split a surrogate pair.
  const prefix = text.slice(widenEnd(text, Math.max(0, s - CONTEXT_LENGTH)), s);
  const suffix = text.slice(e, widenStart(text, Math.min(text.length, e + CONTEXT_LENGTH)));
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix, suffix },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

export function anchor(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): AnchorResult {
  if (quote.exact === '') return null;
  if (position && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  // Whitespace is compared collapsed: re-flowed paragraphs and doubled spaces must not lose a highlight.
  const flat = collapseWhitespace(text);
  const exact = collapse(quote.exact);
  const context = { prefix: collapse(quote.prefix), suffix: collapse(quote.suffix) };
  const hint = position?.start ?? 0;
  const found = occurrences(flat.text, exact);
  const method = found.length > 0 ? 'quote' : 'fuzzy';
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  const candidates = found.length > 0 ? found : maxErrors > 0 ? search(flat.text, exact, maxErrors) : [];
  let best: AnchorResult = null;
  for (const c of shortlist(flat, candidates, context, hint)) {
    const start = widenStart(text, flat.start(c.start));
    const end = widenEnd(text, flat.end(c.end - 1));
    const score = scoreMatch(flat.text, c, exact, context, position ? 1 - Math.abs(start - hint) / text.length : 1);
    if (!best || score > best.score) best = { start, end, method, score };
  }
  return best && (method === 'quote' || best.score >= MIN_FUZZY_SCORE) ? best : null;
}

export class QuoteError extends Error {
  constructor(
    readonly reason: 'not-found' | 'ambiguous' | 'no-such-occurrence',
    readonly occurrences: number,
    message: string,
  ) {
    super(message);
    this.name = 'QuoteError';
  }
}

/**
 * Where `exact` occurs in the text (whitespace compared collapsed, as in `anchor`). With several
 * occurrences, `occurrence` (1-based) must say which one.
 */
export function findQuote(text: string, exact: string, occurrence?: number): { start: number; end: number } {
  const flat = collapseWhitespace(text);
  const found = occurrences(flat.text, collapse(exact));
  if (found.length === 0) throw new QuoteError('not-found', 0, 'the quote does not occur in the text');
  if (occurrence === undefined && found.length > 1) {
    throw new QuoteError('ambiguous', found.length, `the quote occurs ${found.length} times: say which occurrence`);
  }
  const match = found[(occurrence ?? 1) - 1];
  if (!match) {
    throw new QuoteError('no-such-occurrence', found.length, `occurrence ${occurrence} asked for, but the quote occurs ${found.length} times`);
  }
  return { start: flat.start(match.start), end: flat.end(match.end - 1) };
}

interface Span {
  start: number;
  end: number;
  errors: number;
}
interface Flat {
  text: string;
  /** Where the collapsed text's character i starts in the original… */
  start(i: number): number;
  /** …and where it ends. */
  end(i: number): number;
}
interface Context {
  prefix: string;
  suffix: string;
}

/**
 * Scoring context by edit distance costs some 15 µs a candidate, and a short quote can occur
 * thousands of times in a long article. So when there are many, only those whose adjacent context
 * agrees best character for character (then the nearest to the old position) are scored.
 */
function shortlist(flat: Flat, candidates: Span[], context: Context, hint: number): Span[] {
  if (candidates.length <= MAX_SCORED) return candidates;
  const rank = (m: Span) => ({ m, agree: adjacentAgreement(flat.text, m, context), distance: Math.abs(flat.start(m.start) - hint) });
  return candidates
    .map(rank)
    .sort((a, b) => b.agree - a.agree || a.distance - b.distance)
    .slice(0, MAX_SCORED)
    .map((r) => r.m);
}

function adjacentAgreement(text: string, m: Span, { prefix, suffix }: Context): number {
  let before = 0;
  while (before < prefix.length && text[m.start - 1 - before] === prefix[prefix.length - 1 - before]) before++;
  let after = 0;
  while (after < suffix.length && text[m.end + after] === suffix[after]) after++;
  return before + after;
}

function scoreMatch(text: string, m: Span, exact: string, context: Context, position: number): number {
  const quote = 1 - m.errors / exact.length;
  const prefix = similarity(context.prefix, text.slice(Math.max(0, m.start - context.prefix.length), m.start));
  const suffix = similarity(context.suffix, text.slice(m.end, m.end + context.suffix.length));
  const { quote: wq, prefix: wp, suffix: ws, position: wpos } = WEIGHTS;
  return (wq * quote + wp * prefix + ws * suffix + wpos * position) / (wq + wp + ws + wpos);
}

/**
 * How well the context found agrees with the stored one, 0…1; both empty (start or end of the text)
 * agree. The distance counts the edits to find `actual` in `expected` plus what of `expected` is left
 * over, so a context cut short by the start of the text does not count as agreeing.
 */
function similarity(expected: string, actual: string): number {
  if (expected === '' || actual === '') return expected === actual ? 1 : 0;
  const m = search(expected, actual, actual.length)[0];
  const distance = m ? m.errors + expected.length - (m.end - m.start) : actual.length + expected.length;
  return Math.max(0, 1 - distance / Math.max(expected.length, actual.length));
}

function occurrences(text: string, exact: string): Span[] {
  const found: Span[] = [];
  if (exact === '') return found;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) found.push({ start: i, end: i + exact.length, errors: 0 });
  return found;
}

/**
 * The text with each run of whitespace replaced by one space, and where each of its characters came
 * from in the original. Offsets shift only at whitespace runs, so the runs are all that is stored.
 */
function collapseWhitespace(text: string): Flat {
  const at: number[] = []; // where each run's space is in the collapsed text
  const from: number[] = [];
  const length: number[] = [];
  let removed = 0;
  for (const run of text.matchAll(/\s+/g)) {
    at.push(run.index - removed);
    from.push(run.index);
    length.push(run[0].length);
    removed += run[0].length - 1;
  }
  const lastRunAtOrBefore = (i: number) => {
    let [lo, hi] = [0, at.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] ?? 0) <= i) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi;
  };
  const start = (i: number) => {
    const r = lastRunAtOrBefore(i);
    if (r < 0) return i;
    const [a, f, l] = [at[r] ?? 0, from[r] ?? 0, length[r] ?? 0];
    return i === a ? f : f + l + (i - a - 1);
  };
  const end = (i: number) => {
    const r = lastRunAtOrBefore(i);
    return r >= 0 && at[r] === i ? (from[r] ?? 0) + (length[r] ?? 0) : start(i) + 1;
  };
  return { text: collapse(text), start, end };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Moves an offset that falls inside a surrogate pair back to the pair's start. */
function widenStart(text: string, i: number): number {
  return i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/** Moves an offset that falls inside a surrogate pair on to the pair's end. */
function widenEnd(text: string, i: number): number {
  return i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)) ? i + 1 : i;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
