import { useCallback, useState } from 'react';
import { isTyping } from '../list/useListKeys';
import { useWindowKeys } from './useWindowKeys';

/** The article a view standing in for the list (All highlights, the Review, Stories) shows, at a highlight or from its start. */
export interface ShownHighlight {
  articleId: number;
  highlightId: number | null;
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

  useWindowKeys((e) => {
    if (e.key !== letter || e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
    e.preventDefault();
    toggle();
  });

  return { open, shown, show: setShown, toggle, close };
}
