import { useEffect } from 'react';
import { desktopBridge } from '../api/client';
import { isTyping } from '../list/useListKeys';

interface Actions {
  toggleFilters(): void;
  toggleFocus(): void;
  openSettings(): void;
}

/** Ctrl/Cmd+1 filters, `f` or Ctrl/Cmd+Shift+F focus mode, Ctrl/Cmd+, (or the app menu's Settings…) the Settings view. */
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
    const unsubscribe = desktopBridge?.onCommand((command) => command === 'open-settings' && openSettings());
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe?.();
    };
  }, [toggleFilters, toggleFocus, openSettings]);
}
