import { useEffect, useEffectEvent } from 'react';
import { useWindowKeys } from '../app/useWindowKeys';
import { desktopBridge } from '../api/client';

interface Params {
  /** Whether an article is on screen to find in. */
  enabled: boolean;
  /** Opens the bar (or goes back to it) with its words selected. */
  open(): void;
  /** Goes to the next (1) or previous (-1) match; false when there is nothing to find yet. */
  step(direction: 1 | -1): boolean;
}

/**
 * Find's keys wherever the focus is: `Ctrl/Cmd+F` opens the bar over the article in place of the page's own find
 * (which would search the list and the filters too), `F3`/`Shift+F3` and `Ctrl/Cmd+G`/`Ctrl/Cmd+Shift+G` step through
 * the matches. In the desktop app, Edit ▸ Find… arrives as a command. Listened to before other keys, so the
 * page's find never opens over an article.
 */
export function useFindKeys(p: Params): void {
  useWindowKeys(
    (e) => {
      if (!p.enabled || e.altKey) return;
      const command = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const find = command && !e.shiftKey && key === 'f';
      const step = (e.key === 'F3' && !command) || (command && key === 'g');
      if (find) p.open();
      else if (!step || !p.step(e.shiftKey ? -1 : 1)) return;
      e.preventDefault();
    },
    { capture: true },
  );
  const onFind = useEffectEvent(() => p.enabled && p.open());
  useEffect(() => desktopBridge?.onCommand((command) => command === 'find' && onFind()), []);
}
