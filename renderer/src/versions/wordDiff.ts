import { diffWords } from 'diff';

export interface DiffSegment {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

export interface WordDiff {
  segments: DiffSegment[];
  added: number;
  removed: number;
}

/** Past this, two texts too far apart are said to be so rather than compared, so the reader never stalls on them. */
const TIMEOUT_MS = 1500;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Word by word, what `to` inserts into `from` and deletes from it. Computed here rather than in the library: the
 * `diff` package is plain script (no Node, no `new Function`), so the reader imports it under the layering rules.
 * Null when the texts are too different to compare within the time allowed.
 */
export function wordDiff(from: string, to: string): WordDiff | null {
  const changes = diffWords(from, to, { timeout: TIMEOUT_MS });
  if (!changes) return null;
  const segments = changes.map((c): DiffSegment => ({ kind: c.added ? 'ins' : c.removed ? 'del' : 'same', text: c.value }));
  const count = (kind: DiffSegment['kind']) => segments.reduce((n, s) => n + (s.kind === kind ? words(s.text) : 0), 0);
  return { segments, added: count('ins'), removed: count('del') };
}
