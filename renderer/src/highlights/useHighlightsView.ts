import { useCallback, useEffect, useState } from 'react';
import { isTyping } from '../list/useListKeys';

/** The highlight chosen in the "All highlights" view, shown in the article pane. */
export interface ShownHighlight {
  articleId: number;
  highlightId: number;
}

/** Whether "All highlights" stands in for the article list, and which highlight it shows; `H` opens and closes it. */
export function useHighlightsView() {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<ShownHighlight | null>(null);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Shift+H, because a plain `h` highlights the selected words.
      if (e.key !== 'H' || e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  return { open, shown, show: setShown, toggle, close };
}
