import { HIGHLIGHT_COLORS } from '../shapes/highlightColors';
import {
  HAS_VALUES,
  IS_VALUES,
  OPERATORS,
  SORT_KEYS,
  type DateRange,
  type HighlightTerm,
  type OperatorName,
  type ParsedQuery,
  type QueryFilter,
  type QuerySort,
  type TextCondition,
} from './queryTypes';

// The search box mixes Gmail-style operators with FTS5 text and must never fail: FTS5's own parser
// rejects what it does not understand, and no query library recovers the way a search box has to.
// So the query is tokenized by hand, every word is passed to FTS5 as a quoted string (FTS5 reads
// nothing inside quotes as syntax), and whatever is not understood becomes text plus a hint.

/** A whitespace-separated piece of the query, with its place in the input so the box can be edited. */
export interface QueryToken {
  start: number;
  end: number;
  /** Written with a leading `-`. */
  negated: boolean;
  /** The name before `:` as typed, or null. */
  key: string | null;
  /** Without the quotes, and without the trailing `*` of a text word. */
  value: string;
  quoted: boolean;
  /** The closing quote is missing: the value runs to the end of the input. */
  unclosed: boolean;
  /** A text word or phrase followed by `*`. */
  prefix: boolean;
}

const KEY = /([A-Za-z]+):/y;
const WORD = /[^\s"]*/y;
const SPACE = /\s/u;

export function tokenizeQuery(input: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < input.length) {
    if (SPACE.test(input.charAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const negated = input[i] === '-';
    if (negated) i++;
    KEY.lastIndex = i;
    const key = KEY.exec(input)?.[1] ?? null;
    if (key !== null) i = KEY.lastIndex;
    let value: string;
    let unclosed = false;
    let prefix = false;
    const quoted = input[i] === '"';
    if (quoted) {
      const close = input.indexOf('"', i + 1);
      unclosed = close < 0;
      value = input.slice(i + 1, unclosed ? input.length : close);
      i = unclosed ? input.length : close + 1;
      if (key === null && input[i] === '*') {
        prefix = true;
        i++;
      }
    } else {
      WORD.lastIndex = i;
      value = WORD.exec(input)?.[0] ?? '';
      i += value.length;
      if (key === null) {
        const bare = value.replace(/\*+$/, '');
        prefix = bare !== value;
        value = bare;
      }
    }
    tokens.push({ start, end: i, negated, key, value, quoted, unclosed, prefix });
  }
  return tokens;
}

interface Term {
  text: string;
  prefix: boolean;
}
type Item =
  | { kind: 'term'; term: Term; negated: boolean }
  | { kind: 'filter'; filter: QueryFilter }
  | { kind: 'sort'; sort: QuerySort }
  | { kind: 'word'; word: 'OR' | 'AND' | 'NOT' };
type Hints = Set<string>;

const BOOLEAN_WORDS = ['OR', 'AND', 'NOT'] as const;
/** What the `unicode61` tokenizer keeps as token characters; a term without any matches nothing. */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}\p{Co}]+|[^\p{L}\p{N}\p{Co}]+$/gu;
/** Scripts written without spaces between words: `unicode61` would index a whole sentence as one token. */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const VALUE_RULES: Partial<Record<OperatorName, [RegExp, string]>> = {
  lang: [/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'a language code like ru'],
  color: [new RegExp(`^(${HIGHLIGHT_COLORS.join('|')})$`, 'i'), `${HIGHLIGHT_COLORS.slice(0, -1).join(', ')} or ${HIGHLIGHT_COLORS.at(-1)}`],
};
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const SORT = /^([a-z]+)(?:-(asc|desc))?$/i;

export function parseQuery(input: string): ParsedQuery {
  const hints: Hints = new Set();
  const tokens = tokenizeQuery(input);
  if (tokens.some((t) => t.unclosed)) hints.add('closing quote added at the end');
  const items = tokens.flatMap((t) => classify(t, input, hints) ?? []);

  const clauses: { negated: boolean; terms: Term[] }[] = [];
  const filters: QueryFilter[] = [];
  let sort: QuerySort | null = null;
  let extendable = false; // the previous item was a positive term that `OR` may join
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    const next = items[i + 1];
    if (item.kind === 'word') {
      if (item.word === 'NOT' && next?.kind === 'term' && !next.negated) next.negated = true;
      else if (item.word === 'NOT' && next?.kind === 'filter' && !next.filter.negated) next.filter.negated = true;
      else if (item.word === 'OR' && extendable && next?.kind === 'term' && !next.negated) {
        clauses.at(-1)?.terms.push(next.term);
        i++;
      } else if (item.word === 'AND' && i > 0 && next !== undefined && next.kind !== 'word') extendable = false;
      else {
        hints.add(`"${item.word}" needs a word ${item.word === 'NOT' ? 'after it' : 'on each side'}; read as text`);
        clauses.push({ negated: false, terms: [{ text: item.word, prefix: false }] });
        extendable = true;
      }
      continue;
    }
    extendable = item.kind === 'term' && !item.negated;
    if (item.kind === 'term') clauses.push({ negated: item.negated, terms: [item.term] });
    else if (item.kind === 'filter') filters.push(item.filter);
    else {
      if (sort) hints.add('only the last sort: is used');
      sort = item.sort;
    }
  }

  const positives: string[] = [];
  const negatives: string[] = [];
  const conditions: TextCondition[] = [];
  for (const { negated, terms } of clauses) {
    const fts = terms.filter((t) => !SPACELESS.test(t.text)).map((t) => ftsString(t.text) + (t.prefix ? '*' : ''));
    const spaceless = terms.filter((t) => SPACELESS.test(t.text)).map((t) => t.text);
    const trigram = spaceless.filter((t) => [...t].length >= 3).map(ftsString);
    const substrings = spaceless.filter((t) => [...t].length < 3);
    if (spaceless.length === 0) (negated ? negatives : positives).push(fts.length > 1 ? `(${fts.join(' OR ')})` : fts.join(''));
    else conditions.push({ negated, fts: orOf(fts), trigram: orOf(trigram), substrings });
  }
  // FTS5's NOT is binary: exclusions can only ride along with a positive expression.
  if (positives.length === 0) conditions.push(...negatives.map((fts) => ({ negated: true, fts, trigram: null, substrings: [] })));
  const highlight: HighlightTerm[] = clauses
    .filter((c) => !c.negated)
    .flatMap((c) => c.terms.map((t) => ({ text: t.text.replace(EDGE_PUNCTUATION, ''), prefix: t.prefix })));
  return {
    match: positives.length > 0 ? [positives.join(' AND '), ...negatives].join(' NOT ') : null,
    conditions,
    filters,
    sort,
    highlight,
    hints: [...hints],
  };
}

function classify(token: QueryToken, input: string, hints: Hints): Item | null {
  const { key, value, negated } = token;
  const word = BOOLEAN_WORDS.find((w) => w === value);
  if (word && key === null && !token.quoted && !negated && !token.prefix) return { kind: 'word', word };
  if (key !== null) {
    const name = OPERATORS.find((o) => o === key.toLowerCase());
    const read = name ? readOperator(name, value, negated) : `unknown operator "${key}:" read as text`;
    if (typeof read !== 'string') return read;
    hints.add(read);
    return term(`${key}:${value}`, false, negated, hints);
  }
  if (value === '' && negated && !token.quoted && !token.prefix) {
    hints.add('lone "-" ignored');
    return null;
  }
  if (!token.quoted) {
    const syntax = /[(){}^*]/.exec(value)?.[0];
    if (syntax) hints.add(`"${syntax}" has no special meaning here; read as text`);
    if (/^NEAR\b/.test(value)) hints.add('NEAR is not supported; read as text');
  }
  return term(value, token.prefix, negated, hints, input.slice(token.start, token.end));
}

function term(text: string, prefix: boolean, negated: boolean, hints: Hints, raw = text): Item | null {
  if (TOKEN_CHAR.test(text)) return { kind: 'term', term: { text, prefix }, negated };
  hints.add(`"${raw}" has no letters or digits; ignored`);
  return null;
}

/** The operator's item, or a hint saying why the value was not understood. */
function readOperator(name: OperatorName, value: string, negated: boolean): Item | string {
  if (value.trim() === '') return `${name}: needs a value; read as text`;
  const filter = (f: QueryFilter): Item => ({ kind: 'filter', filter: f });
  switch (name) {
    case 'after':
    case 'before':
    case 'date': {
      const range = dateRange(value);
      if (!range) return `${name}: expects a date like 2025-01-01`;
      // Gmail's reading: after: includes the day (month, year) given, before: excludes it.
      const bounds: DateRange = name === 'date' ? range : name === 'after' ? { from: range.from, to: null } : { from: null, to: range.from };
      return filter({ field: 'published', range: bounds, negated });
    }
    case 'is': {
      const v = IS_VALUES.find((x) => x === value.toLowerCase());
      return v ? filter({ field: 'is', value: v, negated }) : 'is: expects unread, read, starred, inprogress, archived or trashed';
    }
    case 'has': {
      const v = HAS_VALUES.find((x) => x === value.toLowerCase());
      return v ? filter({ field: 'has', value: v, negated }) : 'has: expects highlights or notes';
    }
    case 'sort': {
      const m = SORT.exec(value);
      const key = SORT_KEYS.find((k) => k === m?.[1]?.toLowerCase());
      if (!m || !key) return 'sort: expects published, imported, title, relevance or progress, optionally with -asc or -desc';
      if (negated) return 'sort: cannot be negated';
      const direction = m[2]?.toLowerCase() ?? (key === 'title' ? 'asc' : 'desc');
      return { kind: 'sort', sort: { key, direction: direction === 'asc' ? 'asc' : 'desc' } };
    }
    default: {
      const rule = VALUE_RULES[name];
      if (rule && !rule[0].test(value)) return `${name}: expects ${rule[1]}`;
      return filter({ field: name, value: rule ? value.toLowerCase() : value.trim(), negated });
    }
  }
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the half-open range of days it covers. */
function dateRange(value: string): DateRange | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const start = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over to March and maps years below 100 to the 1900s: reject both.
  if (start.getUTCFullYear() !== year || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return null;
  const end = new Date(start);
  if (m[3]) end.setUTCDate(day + 1);
  else if (m[2]) end.setUTCMonth(month);
  else end.setUTCFullYear(year + 1);
  return { from: isoDay(start), to: end.getUTCFullYear() > 9999 ? null : isoDay(end) };
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Quoted, FTS5 reads nothing in the string as syntax; a NUL would end the C string inside the quotes. */
function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""').replaceAll('\0', ' ')}"`;
}

function orOf(strings: string[]): string | null {
  return strings.length > 0 ? strings.join(' OR ') : null;
}
