import type { Span } from '../annotate/segments';

/** A text folded for finding, with where each of its characters came from in the original. */
export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the original where its character begins; one more at the end. */
  from: number[];
}

const MARKS = /\p{M}/gu;
const SPACE = /[^\S\n]/u;

/** One character as find compares it: without accents, lower case, any space but a line break a plain space. */
function foldChar(c: string): string {
  if (SPACE.test(c)) return ' ';
  return c.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Folds a text so that "Lukaschenko", "LUKASCHENKO" and "Lukaščenko" read alike, keeping the way back to its offsets. */
export function foldText(original: string): FoldedText {
  let text = '';
  const from: number[] = [];
  let at = 0;
  for (const c of original) {
    const f = foldChar(c);
    text += f;
    for (let k = 0; k < f.length; k++) from.push(at);
    at += c.length;
  }
  from.push(at);
  return { text, from };
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
    matches.push({ start: folded.from[i]!, end: folded.from[i + q.length]! });
  }
  return matches;
}
