import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Story } from '../../../electron/common/contract/storiesContract';
import { api } from '../api/client';
import { useLatestRequest } from '../api/useLatestRequest';

/** Stories fetched at a time: a page of cards; more come on asking, so the pane never holds the whole library's. */
const PAGE = 30;

export interface StoriesState {
  stories: Story[] | null;
  total: number;
  hints: string[];
  error: string | null;
}

/**
 * Places the articles imported before stories existed first (nothing is done when there are none), then lists;
 * stops waiting for the placing if the view closes.
 */
async function listStories({ query, limit }: { query: string; limit: number; revision: number }, signal: AbortSignal) {
  const { jobId } = await api.invoke('stories.recluster', { all: false });
  while (jobId !== null && !(await api.invoke('stories.reclusterStatus', { jobId })).finished) {
    await new Promise((r) => setTimeout(r, 100));
    signal.throwIfAborted();
  }
  return api.invoke('stories.list', { query, limit, offset: 0 });
}

/**
 * The stories with an article the query matches, newest first, a page at a time; `reload` after a correction. Asked
 * for as `useLatestRequest` asks, so a query typed in the search box costs no request a key: the stories shown stay,
 * `busy`, until the newest query's come.
 */
export function useStories(query: string) {
  const [state, setState] = useState<StoriesState>({ stories: null, total: 0, hints: [], error: null });
  const [limit, setLimit] = useState(PAGE);
  const [revision, setRevision] = useState(0);

  useEffect(() => setLimit(PAGE), [query]);
  const asked = useMemo(() => ({ query, limit, revision }), [query, limit, revision]);
  const busy = useLatestRequest(asked, listStories, (outcome) => {
    if ('error' in outcome) setState((s) => ({ ...s, error: outcome.error instanceof Error ? outcome.error.message : String(outcome.error) }));
    else setState({ stories: outcome.answer.stories, total: outcome.answer.total, hints: outcome.answer.hints, error: null });
  });

  const reload = useCallback(() => setRevision((r) => r + 1), []);
  const more = useCallback(() => setLimit((l) => l + PAGE), []);
  return { ...state, busy, reload, more };
}
