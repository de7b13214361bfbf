import { useWindowKeys } from '../app/useWindowKeys';
import { isTyping } from '../list/useListKeys';

/**
 * While highlights are ticked in All highlights, `e` exports them, as the "Export selected…" link does: heard
 * before the reader's own `e` (which would offer this article or the search), and kept from it.
 */
export function useExportSelectedKey(selected: number, onExport: () => void): void {
  useWindowKeys(
    (e) => {
      if (selected === 0 || e.key !== 'e' || e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
      onExport();
    },
    { capture: true },
  );
}
