import { useEffect, useState } from 'react';
import { api } from '../api/client';

const SAVE_DELAY_MS = 300;

/**
 * The search box's query, restored from the library at start and stored as it changes (once typing
 * pauses), so the reader reopens on the same view.
 */
export function useCurrentQuery(): [string, (query: string) => void] {
  const [query, setQuery] = useState('');
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    api.invoke('views.current', {}).then(
      (current) => {
        // Something typed before the answer came wins over the stored query.
        setQuery((q) => (q === '' ? current.query : q));
        setRestored(true);
      },
      () => setRestored(true),
    );
  }, []);

  useEffect(() => {
    if (!restored) return;
    const timer = setTimeout(() => void api.invoke('views.setCurrent', { query }).catch(() => {}), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, restored]);

  return [query, setQuery];
}
