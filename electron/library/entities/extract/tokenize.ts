/** Words of a text with offsets and the facts every rule asks about them, computed once. */

import { detached } from './detached';

/** What lies between a word and the one before it: only 'space' and 'hyphen' keep a name going. */
export type Join = 'space' | 'hyphen' | 'comma' | 'sentence';

export interface Token {
  start: number;
  /** Excludes a possessive "'s", so names never carry it. */
  end: number;
  text: string;
  /** Matching form: lower case, Latin accents folded, Russian case endings cut (see stem). */
  norm: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** All capitals and at least two letters: an acronym, or a shouted dateline. */
  caps: boolean;
  join: Join;
  /** In a Title Case line (a headline or heading), where capitals say little. */
  headline: boolean;
  /** Carried a possessive "'s", which ends most names ("Italy's National Research Council"). */
  possessive: boolean;
}

/** Whether a token goes on from the one before it, after a space or a hyphen rather than across punctuation. */
export const joined = (t: Token | undefined): t is Token => t !== undefined && (t.join === 'space' || t.join === 'hyphen');

// A word is what /[\p{L}\p{M}\p{Nd}]+(?:['’‘][\p{L}\p{M}]+)*/u matches: letters, marks and digits, with letters after an
// apostrophe ("O'Brien", "l’Europe"). Read here a character at a time, each character's class found once in a table,
// as that costs a fraction of a regex's matches, which are arrays.
const NEITHER = 1;
const DIGIT = 2;
const LETTER = 3;
/** A class's flag that its character is a surrogate pair, two code units. */
const PAIR = 4;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const DECIMAL = /^\p{Nd}$/u;
const classOf = (c: string): number => (LETTER_OR_MARK.test(c) ? LETTER : DECIMAL.test(c) ? DIGIT : NEITHER);
/** Classes of the code units met so far (0: not yet met). */
const CLASSES = new Uint8Array(0x10000);

/** The class of the character at k: NEITHER, DIGIT or LETTER (letter or mark), with PAIR for a surrogate pair. */
function classAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(k + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOf(text.slice(k, k + 2)) | PAIR;
  }
  const known = CLASSES[c]!;
  return known === 0 ? (CLASSES[c] = classOf(String.fromCharCode(c))) : known;
}
const width = (cls: number): number => (cls & PAIR ? 2 : 1);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018;

/** The end of the word starting at `start`, whose first character is a letter, mark or digit. */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let k = start;
  let cls: number;
  while (k < n && ((cls = classAt(text, k)) & 3) !== NEITHER) k += width(cls);
  while (k + 1 < n && isApostrophe(text.charCodeAt(k))) {
    let m = k + 1;
    while (m < n && ((cls = classAt(text, m)) & 3) === LETTER) m += width(cls);
    if (m === k + 1) break;
    k = m;
  }
  return k;
}
const CYRILLIC = /[\u0400-\u04FF]/;
const ACCENTED = /[\u00C0-\u024F]/;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘]/g;
/** A period after these does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'col',
  'lt',
  'sen',
  'gov',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'jr',
  'sr',
  'hr',
  'fr',
  'г',
  'гг',
  'т',
  'д',
]);

// Russian inflects names ("Путина", "в Минске", "Китаю"); cutting one case ending from both the
// gazetteer and the text lets one entry match every case without a morphological library.
const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'ий',
  'ый',
  'ой',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ую',
  'юю',
  'ом',
  'ем',
  'ей',
  'ым',
  'им',
  'ам',
  'ям',
  'ах',
  'ях',
  'ию',
  'ия',
  'ии',
  'ью',
  'а',
  'я',
  'о',
  'е',
  'у',
  'ю',
  'ы',
  'и',
  'й',
  'ь',
];

/** ENDINGS by their last letter, in their order: a word's ending is looked for only among those it could be. */
const ENDINGS_BY_LAST = new Map<string, string[]>();
for (const e of ENDINGS) {
  const last = e.charAt(e.length - 1);
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), e]);
}

const VOWEL_END = /[аеиоуыэюяйь]$/;

export function stem(lower: string): string {
  let s = lower;
  for (const e of ENDINGS_BY_LAST.get(lower.charAt(lower.length - 1)) ?? []) {
    if (s.length - e.length >= 3 && s.endsWith(e)) {
      s = s.slice(0, -e.length);
      break;
    }
  }
  // A stem-final vowel differs between cases ("Сергей"/"Сергеем", "Китай"/"Китаем"): drop it too.
  return s.length > 3 && VOWEL_END.test(s) ? s.slice(0, -1) : s;
}

export function normWord(word: string): string {
  // Most words are plain ASCII in lower case already, their own form: told by a look at each letter, which costs less
  // than a regex's test and a lower-cased copy.
  let ascii = true;
  let capital = false;
  for (let k = 0; k < word.length && ascii; k++) {
    const c = word.charCodeAt(k);
    ascii = c < 128;
    capital ||= c >= 65 && c <= 90;
  }
  if (ascii && !capital) return word;
  let norm = FOLDED.get(word);
  if (norm === undefined) {
    if (FOLDED.size >= MOST_FOLDED) FOLDED.clear();
    norm = detached(foldWord(word));
    FOLDED.set(detached(word), norm);
  }
  return norm;
}

// Other words cost several times a plain word to fold, stem or merely lower-case, and texts repeat them: their forms are
// kept, as a look-up costs a fraction of that. Cleared when full, and of copies (not slices of a text, which would keep it
// alive), so that a long import's memory stays bounded.
const FOLDED = new Map<string, string>();
const MOST_FOLDED = 20_000;

function foldWord(word: string): string {
  const lower = word.toLowerCase().replace(APOSTROPHES, "'");
  if (CYRILLIC.test(lower)) return stem(lower);
  return ACCENTED.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

function joinOf(text: string, from: number, to: number, prev: string): Join {
  if (from < 0) return 'sentence';
  // Most words follow a single space.
  if (to - from === 1 && text.charCodeAt(from) === 32) return 'space';
  let join: Join = 'space';
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 && k === from && (ABBREVIATIONS.has(prev.toLowerCase()) || prev.length === 1)) continue;
    if (c === 10 || c === 46 || c === 33 || c === 63) return 'sentence';
    if (c === 45 || c === 0x2010) join = to - from === 1 ? 'hyphen' : 'comma';
    else if (c !== 32 && c !== 9 && c !== 0xa0) join = 'comma';
  }
  return join;
}

/** Whether a word starts with a capital letter: A to Z without a copy, where most words start. */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  let prevText = '';
  const n = text.length;
  for (let start = 0; start < n;) {
    const cls = classAt(text, start);
    if ((cls & 3) === NEITHER) {
      start += width(cls);
      continue;
    }
    const end = wordEnd(text, start);
    let word = text.slice(start, end);
    const join = joinOf(text, prevEnd, start, prevText);
    prevEnd = start + word.length;
    prevText = word;
    const possessive = word.length > 2 && word.charCodeAt(word.length - 1) === 115 && isApostrophe(word.charCodeAt(word.length - 2));
    if (possessive) word = word.slice(0, -2);
    const cap = capitalised(word);
    // A capital first letter is a letter with case: so the word is all capitals when upper case leaves it as it is. Most
    // capitalised words are shown not to be by a small letter second, without a copy in upper case.
    const second = word.charCodeAt(1);
    const caps = cap && word.length > 1 && !(second >= 97 && second <= 122) && word === word.toUpperCase();
    tokens.push({ start, end: start + word.length, text: word, norm: normWord(word), cap, caps, join, headline: false, possessive });
    start = end;
  }
  markHeadlines(text, tokens);
  return tokens;
}

const TERMINAL = /[.!?]/;

/** A line without closing punctuation whose longer words are mostly capitalised is a Title Case headline or heading. */
function markHeadlines(text: string, tokens: Token[]): void {
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.join !== 'sentence') continue;
    let long = 0;
    let capital = 0;
    for (let k = from; k < i; k++) {
      const t = tokens[k]!;
      if (t.text.length > 3) {
        long++;
        if (t.cap) capital++;
      }
    }
    const after = text.slice(tokens[i - 1]!.end, i < tokens.length ? tokens[i]!.start : text.length);
    if (long >= 3 && capital / long >= 0.6 && !TERMINAL.test(after)) for (let k = from; k < i; k++) tokens[k]!.headline = true;
    from = i;
  }
}
