import { useEffect } from 'react';
import { desktopBridge } from '../api/client';
import { isTyping } from '../list/useListKeys';
import { useWindowKeys } from './useWindowKeys';

interface Actions {
  toggleFilters(): void;
  toggleFocus(): void;
  openSettings(): void;
}

/** Ctrl/Cmd+1 filters, `f` or Ctrl/Cmd+Shift+F focus mode, Ctrl/Cmd+, (or the app menu's Settings…) the Settings view. */
export function useLayoutKeys({ toggleFilters, toggleFocus, openSettings }: Actions): void {
  useWindowKeys((e) => {
    const command = (e.ctrlKey || e.metaKey) && !e.altKey;
    if (command && !e.shiftKey && e.key === '1') toggleFilters();
    else if (command && !e.shiftKey && e.key === ',') openSettings();
    else if (command && e.shiftKey && e.key.toLowerCase() === 'f') toggleFocus();
    else if (e.key === 'f' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) toggleFocus();
    else return;
    e.preventDefault();
  });
  useEffect(() => desktopBridge?.onCommand((command) => command === 'open-settings' && openSettings()), [openSettings]);
}
