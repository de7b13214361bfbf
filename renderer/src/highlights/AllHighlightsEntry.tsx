import { useEffect, useState } from 'react';
import type { AnnotationChange } from '../annotate/annotationChange';
import { api } from '../api/client';
import { FacetEntry } from '../filters/FacetEntry';

interface Props {
  active: boolean;
  /** The last stored change to an article's annotations: one that adds or removes highlights is counted again. */
  annotated: AnnotationChange | null;
  onClick(): void;
}

/** The filter pane's way into "All highlights", with how many the library holds. */
export function AllHighlightsEntry({ active, annotated, onClick }: Props) {
  const [count, setCount] = useState<number | null>(null);
  const [recount, setRecount] = useState(0);
  // Counted each time the view opens or closes, and after a change whose count before is unknown.
  useEffect(() => {
    let current = true;
    api.invoke('highlights.find', { limit: 1 }).then(
      (r) => current && setCount(r.total),
      () => {},
    );
    return () => void (current = false);
  }, [active, recount]);
  // A change made in the article pane says how many highlights its article had before and has now: the count
  // follows from that without asking the library again.
  useEffect(() => {
    if (!annotated) return;
    const { before, after } = annotated;
    if (!before) setRecount((r) => r + 1);
    else if (before.highlights !== after.highlights) setCount((c) => (c === null ? c : c + after.highlights - before.highlights));
  }, [annotated]);
  return <FacetEntry label="All highlights" count={count} active={active} onClick={onClick} />;
}
