import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResponseOf, ValidRequestOf } from '../../../electron/api/contract';
import { api } from '../api/client';

export type HighlightEntry = ResponseOf<'highlights.find'>['highlights'][number];
export type HighlightFilter = Pick<ValidRequestOf<'highlights.find'>, 'query' | 'colors' | 'tags' | 'text' | 'sort'>;
export type HighlightSort = HighlightFilter['sort'];

const PAGE = 100;

/**
 * The "All highlights" entries for a filter, fetched a page at a time as they scroll into view. A new filter
 * (or revision) starts a new generation; answers for an old one are dropped.
 */
export function useHighlightRows(filter: HighlightFilter, revision: number) {
  const [answer, setAnswer] = useState<{ total: number; hints: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, HighlightEntry[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const { query, colors, tags, text, sort } = filter;

  const fetchPage = useCallback(
    async (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return;
      const gen = generation.current;
      pending.current.add(page);
      try {
        const { highlights, total, hints } = await api.invoke('highlights.find', { query, colors, tags, text, sort, limit: PAGE, offset: page * PAGE });
        if (gen !== generation.current) return;
        pages.current.set(page, highlights);
        setAnswer({ total, hints });
        setVersion((v) => v + 1);
      } catch (err) {
        if (gen === generation.current) setError(err instanceof Error ? err.message : String(err));
      } finally {
        pending.current.delete(page);
      }
    },
    // The revision is a dependency so that a change elsewhere (tags renamed) fetches the same filter again.
    [query, colors, tags, text, sort, revision],
  );

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    pending.current = new Set();
    setAnswer(null);
    setError(null);
    void fetchPage(0);
  }, [fetchPage]);

  const entryAt = useCallback((index: number): HighlightEntry | undefined => pages.current.get(Math.floor(index / PAGE))?.[index % PAGE], []);
  const ensure = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(Math.max(0, from) / PAGE); page <= Math.floor(Math.max(0, to) / PAGE); page++) void fetchPage(page);
    },
    [fetchPage],
  );

  return { total: answer?.total ?? null, hints: answer?.hints ?? [], error, entryAt, ensure };
}

export type HighlightRows = ReturnType<typeof useHighlightRows>;
