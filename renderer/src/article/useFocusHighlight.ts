import { useEffect, useRef } from 'react';
import { goToHighlight } from './highlightPlace';

/**
 * A link from elsewhere (All highlights) to a highlight's place: goes there once its article and its highlights
 * are shown (`ready`), once per article and highlight, so reading on is not pulled back to it.
 */
export function useFocusHighlight(articleId: number | null, highlightId: number | null, ready: boolean): void {
  const focused = useRef<string | null>(null);
  useEffect(() => {
    const key = `${articleId}:${highlightId}`;
    if (highlightId === null || !ready || focused.current === key) return;
    focused.current = key;
    goToHighlight(highlightId);
  }, [articleId, highlightId, ready]);
}
