import { useEffect, useState, type RefObject } from 'react';
import { bodyRange, leafIndex } from '../annotate/bodyRange';
import type { Span } from '../annotate/segments';

const ALL = 'dossier-find';
const CURRENT = 'dossier-find-current';

/** CSS Custom Highlights paint ranges without touching the article's DOM; where they are missing, find only counts. */
const registry = (): HighlightRegistry | null => (typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null);

export interface FindMarks {
  /** The matches the ranges were made for: until they are made, the ones before. */
  matches: readonly Span[];
  ranges: readonly (Range | null)[];
}

/**
 * The matches as DOM ranges over the article body, made again whenever the body's DOM changes (a highlight added
 * or removed cuts its text anew), and painted: every match, and the current one over them.
 */
export function useFindMarks(bodyRef: RefObject<HTMLElement | null>, matches: readonly Span[], current: number): FindMarks {
  const [version, setVersion] = useState(0);
  const [marks, setMarks] = useState<FindMarks>({ matches: [], ranges: [] });
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || matches.length === 0) return;
    const observer = new MutationObserver(() => setVersion((v) => v + 1));
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [bodyRef, matches]);
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || matches.length === 0) return setMarks({ matches, ranges: [] });
    const index = leafIndex(body);
    setMarks({ matches, ranges: matches.map((m) => bodyRange(index, m.start, m.end)) });
  }, [bodyRef, matches, version]);
  const { ranges } = marks;
  useEffect(() => {
    const highlights = registry();
    if (!highlights || ranges.length === 0) return;
    const painted = ranges.filter((r): r is Range => r !== null);
    highlights.set(ALL, new Highlight(...painted));
    const here = ranges[current];
    if (here) highlights.set(CURRENT, new Highlight(here));
    return () => {
      highlights.delete(ALL);
      highlights.delete(CURRENT);
    };
  }, [ranges, current]);
  return marks;
}
