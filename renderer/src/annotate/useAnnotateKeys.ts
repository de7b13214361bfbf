import { useEffect, useRef } from 'react';
import { isTyping } from '../list/useListKeys';
import type { HighlightColor } from './useArticleAnnotations';
import { HIGHLIGHT_COLORS } from './useColorMeanings';

interface Params {
  enabled: boolean;
  defaultColor: HighlightColor;
  /** Highlights the selected text; false if no text in the article is selected. */
  highlight(color: HighlightColor, then?: 'note'): boolean;
  undo(): void;
  redo(): void;
}

/**
 * The article's annotation keys: with a selection, `h` highlights it in the last colour used, `n` highlights it
 * and opens its note, `1`–`5` highlight it in that colour; `Ctrl/Cmd+Z` undoes and `Ctrl/Cmd+Shift+Z` redoes.
 * In a text box these keys are the box's own (its own undo included).
 */
export function useAnnotateKeys(params: Params): void {
  const current = useRef(params);
  current.current = params;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const p = current.current;
      if (!p.enabled || isTyping(e.target)) return;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z') {
        if (e.shiftKey) p.redo();
        else p.undo();
        e.preventDefault();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const color = e.key === 'h' || e.key === 'n' ? p.defaultColor : /^[1-5]$/.test(e.key) ? HIGHLIGHT_COLORS[Number(e.key) - 1]! : null;
      if (color && p.highlight(color, e.key === 'n' ? 'note' : undefined)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
