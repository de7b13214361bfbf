import { useEffect } from 'react';
import type { ReaderSettings } from '../../../electron/common/shapes/settingsShapes';

/** Puts the chosen theme on the page; "system" follows the OS, also when it changes while the reader is open. */
export function useTheme(theme: ReaderSettings['theme']): void {
  useEffect(() => {
    const dark = matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = theme === 'system' ? (dark.matches ? 'dark' : 'light') : theme;
    };
    apply();
    dark.addEventListener('change', apply);
    return () => dark.removeEventListener('change', apply);
  }, [theme]);
}
