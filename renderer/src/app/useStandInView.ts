import { useCallback, useEffect, useState } from 'react';
import { isTyping } from '../list/useListKeys';

/** The highlight a view standing in for the list (All highlights, the Review) shows in the article pane. */
export interface ShownHighlight {
  articleId: number;
  highlightId: number;
}

/**
 * Whether a view stands in for the article list, and which highlight it shows; Shift and `letter` (upper case)
 * opens and closes it, since the plain letters are the article's and the view's own keys.
 */
export function useStandInView(letter: string) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<ShownHighlight | null>(null);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== letter || e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [letter, toggle]);

  return { open, shown, show: setShown, toggle, close };
}
