import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { FacetEntry } from '../filters/FacetEntry';

interface Props {
  active: boolean;
  onClick(): void;
}

/** The filter pane's way into "All highlights", with how many the library holds. */
export function AllHighlightsEntry({ active, onClick }: Props) {
  const [count, setCount] = useState<number | null>(null);
  // Counted again each time the view opens or closes: highlights are added and removed in the article pane.
  useEffect(() => {
    let current = true;
    api.invoke('highlights.find', { limit: 1 }).then(
      (r) => current && setCount(r.total),
      () => {},
    );
    return () => void (current = false);
  }, [active]);
  return <FacetEntry label="All highlights" count={count} active={active} onClick={onClick} />;
}
