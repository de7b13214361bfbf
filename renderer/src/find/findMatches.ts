import type { Span } from '../annotate/segments';

/** A text folded for finding, with where each of its characters came from in the original. */
export interface FoldedText {
  text: string;
  /**
   * For each UTF-16 unit of `text`, the offset in the original where its character begins, and one more at the end;
   * null when each unit comes from the one at the same offset (a text in ASCII).
   */
  from: number[] | null;
}

const MARKS = /\p{M}/gu;
const SPACE = /[^\S\n]/u;

/** One character as find compares it: without accents, lower case, any space but a line break a plain space. */
function foldChar(c: string): string {
  if (SPACE.test(c)) return ' ';
  return c.normalize('NFD').replace(MARKS, '').toLowerCase();
}

const ASCII_ONLY = /^[\0-\x7f]*$/;
/** Each character met folded once: an article uses few, many times (a Chinese one too). */
const folds = new Map<string, string>();

/** Folds a text so that "Lukaschenko", "LUKASCHENKO" and "Lukaščenko" read alike, keeping the way back to its offsets. */
export function foldText(original: string): FoldedText {
  if (ASCII_ONLY.test(original)) return { text: original.toLowerCase().replace(/[^\S\n]/g, ' '), from: null };
  const parts: string[] = [];
  const from: number[] = [];
  for (let at = 0; at < original.length;) {
    const c = String.fromCodePoint(original.codePointAt(at)!);
    let f = folds.get(c);
    if (f === undefined) folds.set(c, (f = foldChar(c)));
    parts.push(f);
    for (let k = 0; k < f.length; k++) from.push(at);
    at += c.length;
  }
  from.push(original.length);
  return { text: parts.join(''), from };
}

/** The query as find compares it: folded like the text, its runs of spaces one space. */
export function foldQuery(query: string): string {
  return foldText(query.replace(/\s+/g, ' ')).text;
}

/** Where the query occurs in the text, in the original's offsets, in order and not overlapping. */
export function findMatches(folded: FoldedText, query: string): Span[] {
  const q = foldQuery(query);
  if (q.trim() === '') return [];
  const matches: Span[] = [];
  for (let i = folded.text.indexOf(q); i >= 0; i = folded.text.indexOf(q, i + q.length)) {
    const { from } = folded;
    matches.push(from ? { start: from[i]!, end: from[i + q.length]! } : { start: i, end: i + q.length });
  }
  return matches;
}
