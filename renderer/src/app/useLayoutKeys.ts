import { useEffect } from 'react';
import { isTyping } from '../list/useListKeys';

interface Actions {
  toggleFilters(): void;
  toggleFocus(): void;
  openSettings(): void;
}

/** Ctrl/Cmd+1 filters, `f` or Ctrl/Cmd+Shift+F focus mode, Ctrl/Cmd+, reading settings. */
export function useLayoutKeys({ toggleFilters, toggleFocus, openSettings }: Actions): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = (e.ctrlKey || e.metaKey) && !e.altKey;
      if (command && !e.shiftKey && e.key === '1') toggleFilters();
      else if (command && !e.shiftKey && e.key === ',') openSettings();
      else if (command && e.shiftKey && e.key.toLowerCase() === 'f') toggleFocus();
      else if (e.key === 'f' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) toggleFocus();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleFilters, toggleFocus, openSettings]);
}
