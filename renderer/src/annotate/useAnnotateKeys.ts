import { useEffect, useEffectEvent } from 'react';
import { useWindowKeys } from '../app/useWindowKeys';
import { desktopBridge } from '../api/client';
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
 * and opens its note, `1`–`5` highlight it in that colour; `Ctrl/Cmd+Z` undoes and `Ctrl/Cmd+Shift+Z` (or `Ctrl+Y`,
 * as on Windows) redoes. In a text box these keys are the box's own (its own undo included). The desktop app's
 * Edit ▸ Undo and Redo arrive as commands and are shared out the same way.
 */
export function useAnnotateKeys(p: Params): void {
  useWindowKeys((e) => {
    if (!p.enabled || isTyping(e.target)) return;
    const key = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && !e.altKey && key === 'z') {
      if (e.shiftKey) p.redo();
      else p.undo();
      e.preventDefault();
      return;
    }
    if (e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && key === 'y') {
      p.redo();
      e.preventDefault();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const color = e.key === 'h' || e.key === 'n' ? p.defaultColor : /^[1-5]$/.test(e.key) ? HIGHLIGHT_COLORS[Number(e.key) - 1]! : null;
    if (color && p.highlight(color, e.key === 'n' ? 'note' : undefined)) e.preventDefault();
  });
  const onCommand = useEffectEvent((command: 'undo' | 'redo') => {
    // In a text field, Undo and Redo act on the typing, as the browser's own Edit menu would.
    if (isTyping(document.activeElement)) document.execCommand(command);
    else if (p.enabled) p[command]();
  });
  useEffect(() => desktopBridge?.onCommand((command) => (command === 'undo' || command === 'redo') && onCommand(command)), []);
}
