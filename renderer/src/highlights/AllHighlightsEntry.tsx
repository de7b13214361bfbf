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
  // Highlights are added and removed in the article pane: counted again after each such change (a colour or a note
  // changes no count), and each time the view opens or closes.
  const moved = annotated && annotated.before?.highlights !== annotated.after.highlights ? annotated : null;
  useEffect(() => {
    let current = true;
    api.invoke('highlights.find', { limit: 1 }).then(
      (r) => current && setCount(r.total),
      () => {},
    );
    return () => void (current = false);
  }, [active, moved]);
  return <FacetEntry label="All highlights" count={count} active={active} onClick={onClick} />;
}
