import { useEffect } from 'react';
import { isTyping } from '../list/useListKeys';

/**
 * While highlights are ticked in All highlights, `e` exports them, as the "Export selected…" link does: heard
 * before the reader's own `e` (which would offer this article or the search), and kept from it.
 */
export function useExportSelectedKey(selected: number, onExport: () => void): void {
  useEffect(() => {
    if (selected === 0) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'e' || e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
      onExport();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [selected, onExport]);
}
