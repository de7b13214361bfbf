import type { HighlightTerm } from '../../common/query/queryTypes';

export type Mark = [number, number];

// Private-use characters cannot occur in imported text (the parser keeps letters, not PUA), so they delimit matches safely.
export const OPEN = '\uE000';
export const CLOSE = '\uE001';

/** Reads FTS5 snippet() output: plain text on one line, and the [start, end) ranges it marked. */
export function splitMarks(marked: string): { snippet: string; marks: Mark[] } {
  const marks: Mark[] = [];
  let snippet = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = snippet.length;
    else if (ch === CLOSE && open >= 0) {
      marks.push([open, snippet.length]);
      open = -1;
    } else if (/\s/.test(ch)) {
      // Paragraph breaks inside a snippet read as one line in a list row.
      if (!snippet.endsWith(' ')) snippet += ' ';
    } else snippet += ch;
  }
  return { snippet, marks };
}

/**
 * Marks the terms in a text FTS5 did not mark (a match through the trigram index or by substring):
 * those are in scripts without spaces, where a term is found wherever its characters occur.
 */
export function markTerms(text: string, terms: readonly HighlightTerm[]): { snippet: string; marks: Mark[] } {
  const snippet = text.replace(/\s+/gu, ' ');
  const words = terms.map((t) => t.text).filter((t) => t !== '');
  if (words.length === 0) return { snippet, marks: [] };
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  const marks = [...snippet.matchAll(pattern)].map((m): Mark => [m.index, m.index + m[0].length]);
  return { snippet, marks };
}
