import { useCallback, useEffect, useState } from 'react';
import type { ShownHighlight } from '../highlights/useHighlightsView';
import { isTyping } from '../list/useListKeys';

/**
 * Whether the Review stands in for the article list, and which highlight it shows in the article pane; `Shift+R`
 * (or the top bar's button) opens and closes it, as `Shift+H` does All highlights.
 */
export function useReviewView() {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<ShownHighlight | null>(null);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Shift+R: the plain letters answer the cards while the review is open.
      if (e.key !== 'R' || e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  return { open, shown, show: setShown, toggle, close };
}
