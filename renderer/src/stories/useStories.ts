import { useCallback, useEffect, useState } from 'react';
import type { Story } from '../../../electron/common/contract/storiesContract';
import { api } from '../api/client';

/** Stories fetched at a time: a page of cards; more come on asking, so the pane never holds the whole library's. */
const PAGE = 30;

export interface StoriesState {
  stories: Story[] | null;
  total: number;
  hints: string[];
  error: string | null;
}

/** The stories with an article the query matches, newest first, a page at a time; `reload` after a correction. */
export function useStories(query: string) {
  const [state, setState] = useState<StoriesState>({ stories: null, total: 0, hints: [], error: null });
  const [limit, setLimit] = useState(PAGE);
  const [revision, setRevision] = useState(0);

  useEffect(() => setLimit(PAGE), [query]);
  useEffect(() => {
    let live = true;
    // Articles imported before stories existed are placed first (nothing is done when there are none).
    api
      .invoke('stories.recluster', { all: false })
      .then(async ({ jobId }) => {
        while (jobId !== null && live && !(await api.invoke('stories.reclusterStatus', { jobId })).finished) await new Promise((r) => setTimeout(r, 100));
        return api.invoke('stories.list', { query, limit, offset: 0 });
      })
      .then(
        ({ stories, total, hints }) => live && setState({ stories, total, hints, error: null }),
        (err: unknown) => live && setState((s) => ({ ...s, error: err instanceof Error ? err.message : String(err) })),
      );
    return () => void (live = false);
  }, [query, limit, revision]);

  const reload = useCallback(() => setRevision((r) => r + 1), []);
  const more = useCallback(() => setLimit((l) => l + PAGE), []);
  return { ...state, reload, more };
}
