import { useEffect, useRef } from 'react';
import { goToHighlight } from './highlightPlace';

/**
 * A link from elsewhere (All highlights) to a highlight's place: goes there once the article asked for is the one
 * shown and its highlights are (`ready`), once per article and highlight, so reading on is not pulled back to it.
 * The article and its highlights come a request or two after the choice, so a key pressed meanwhile (`/` for the
 * search box) may have put the focus somewhere: it stays there, and the highlight is only scrolled to.
 */
export function useFocusHighlight(wantedId: number | null, shownId: number | null, highlightId: number | null, ready: boolean): void {
  const focused = useRef<string | null>(null);
  const focusWhenChosen = useRef<Element | null>(null);
  useEffect(() => {
    focusWhenChosen.current = document.activeElement;
  }, [wantedId, highlightId]);
  useEffect(() => {
    const key = `${shownId}:${highlightId}`;
    if (highlightId === null || shownId !== wantedId || !ready || focused.current === key) return;
    focused.current = key;
    const now = document.activeElement;
    const movedSince = !!now && now !== document.body && now !== focusWhenChosen.current && !now.closest('main.article-pane');
    goToHighlight(highlightId, !movedSince);
  }, [wantedId, shownId, highlightId, ready]);
}
