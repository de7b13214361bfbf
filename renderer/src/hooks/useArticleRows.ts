import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '../../../electron/api/contract';
import { api } from '../api/client';

export type Row = ResponseOf<'articles.query'>['rows'][number];
type Answer = ResponseOf<'articles.query'>;

const PAGE = 100;

/**
 * The list's rows for a query, fetched a page at a time as they scroll into view, so a library of any
 * size costs only the pages seen. A new query (or revision) starts a new generation; answers for an old
 * one are dropped. Read and starred changes are shown at once and counted in `changes`.
 */
export function useArticleRows(query: string, revision: number) {
  const [answer, setAnswer] = useState<Omit<Answer, 'rows'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, Row[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);

  const fetchPage = useCallback(
    /** `again`: fetch a page already shown, keeping it on screen until the new one arrives. */
    async (page: number, again = false) => {
      if ((!again && pages.current.has(page)) || pending.current.has(page)) return;
      const gen = generation.current;
      pending.current.add(page);
      try {
        const { rows, ...rest } = await api.invoke('articles.query', { query, limit: PAGE, offset: page * PAGE });
        if (gen !== generation.current) return;
        pages.current.set(page, rows);
        setAnswer(rest);
        setVersion((v) => v + 1);
      } catch (err) {
        if (gen === generation.current) setError(err instanceof Error ? err.message : String(err));
      } finally {
        pending.current.delete(page);
      }
    },
    // The revision is a dependency so that an import fetches the same query again.
    [query, revision],
  );

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    pending.current = new Set();
    setAnswer(null);
    setError(null);
    void fetchPage(0);
  }, [fetchPage]);

  const rowAt = useCallback((index: number): Row | undefined => pages.current.get(Math.floor(index / PAGE))?.[index % PAGE], []);
  const ensure = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(Math.max(0, from) / PAGE); page <= Math.floor(Math.max(0, to) / PAGE); page++) void fetchPage(page);
    },
    [fetchPage],
  );

  /** Shows the change on the row at once, then stores it; a refusal is shown as the list's error. */
  const update = useCallback(async (row: Row, change: Pick<Row, 'read'> | Pick<Row, 'starred'>) => {
    for (const [page, rows] of pages.current) pages.current.set(page, rows.map((r) => (r.id === row.id ? { ...r, ...change } : r)));
    setVersion((v) => v + 1);
    try {
      if ('read' in change) await api.invoke('articles.setRead', { ids: [row.id], read: change.read });
      else await api.invoke('articles.setStarred', { ids: [row.id], starred: change.starred });
      setChanges((c) => c + 1);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, []);

  /** An article's annotations changed: the rows shown fetch their badges again, and counts elsewhere follow. */
  const annotated = useCallback(() => {
    for (const page of pages.current.keys()) void fetchPage(page, true);
    setChanges((c) => c + 1);
  }, [fetchPage]);

  const setRead = useCallback((row: Row, read: boolean) => update(row, { read }), [update]);
  const setStarred = useCallback((row: Row, starred: boolean) => update(row, { starred }), [update]);

  return {
    total: answer?.total ?? null,
    hints: answer?.hints ?? [],
    sort: answer?.sort ?? null,
    error,
    /** Bumped after every stored read, starred or annotation change, so counts elsewhere can follow. */
    changes,
    annotated,
    rowAt,
    ensure,
    setRead,
    setStarred,
  };
}

export type ArticleRows = ReturnType<typeof useArticleRows>;
