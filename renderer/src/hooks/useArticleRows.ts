import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';

/** One list row, whether it comes from browsing or from a search. */
export interface Row {
  id: number;
  title: string;
  source: string | null;
  published: string | null;
  text: string;
  /** Matched words in `text`, for a search. */
  marks: [number, number][];
}

export interface RowsFilter {
  source: string | null;
  query: string;
}

const PAGE = 100;

/**
 * The list's rows, fetched a page at a time as they scroll into view, so a library of any size
 * costs only the pages seen. A new filter starts a new generation; answers for an old one are dropped.
 */
export function useArticleRows(filter: RowsFilter) {
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, Row[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return;
      const gen = generation.current;
      pending.current.add(page);
      try {
        const { total: n, rows } = await loadPage(filter, page * PAGE);
        if (gen !== generation.current) return;
        pages.current.set(page, rows);
        setTotal(n);
        setVersion((v) => v + 1);
      } catch (err) {
        if (gen === generation.current) setError(err instanceof Error ? err.message : String(err));
      } finally {
        pending.current.delete(page);
      }
    },
    [filter],
  );

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    pending.current = new Set();
    setTotal(null);
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
  return { total, error, rowAt, ensure };
}

async function loadPage({ source, query }: RowsFilter, offset: number): Promise<{ total: number; rows: Row[] }> {
  if (query.trim()) {
    const { total, hits } = await api.invoke('articles.search', { query, limit: PAGE, offset });
    return { total, rows: hits.map((h) => ({ id: h.id, title: h.title, source: h.source, published: h.published, text: h.snippet, marks: h.marks })) };
  }
  const { total, articles } = await api.invoke('articles.list', { limit: PAGE, offset, source });
  return {
    total,
    rows: articles.map((a) => ({ id: a.id, title: a.title, source: a.source, published: a.published, text: a.excerpt, marks: [] })),
  };
}
