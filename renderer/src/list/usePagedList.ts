import { useCallback, useRef, useState } from 'react';
import { useLatestRequest } from '../api/useLatestRequest';

/**
 * Rows asked for at a time: a few screens of the list (eight to fifteen rows each). Every row of a results page costs
 * its snippet, made from the article's text: at a million articles a page of 100 took 15–21 ms to answer once its
 * query was ranked, one of 50 took 7–14.
 */
const PAGE = 50;

/** One page as a list's loader answers it: its items, and what the answer says about the whole list. */
export interface LoadedPage<T, Meta> {
  items: T[];
  meta: Meta;
}

type Load<Request, T, Meta> = (request: Request, offset: number, limit: number) => Promise<LoadedPage<T, Meta>>;

/**
 * A list fetched a page at a time as it scrolls into view, so a list of any length costs only the pages seen.
 * A new `request` (a new query, or a revision that asks for the same one again; told apart by identity) is asked
 * for as `useLatestRequest` asks: its first page replaces the list shown when it comes, and until then the list
 * shown stays, `busy`, so typing a query never empties it. `shown` is the request whose pages are shown; answers
 * for pages of one no longer shown are dropped.
 */
export function usePagedList<Request, T, Meta>(request: Request, load: Load<Request, T, Meta>) {
  const [shown, setShown] = useState<{ request: Request } | null>(null);
  const [meta, setMeta] = useState<Meta | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);

  const busy = useLatestRequest(
    request,
    (r: Request) => load(r, 0, PAGE),
    (outcome) => {
      if ('error' in outcome) return setError(outcome.error instanceof Error ? outcome.error.message : String(outcome.error));
      generation.current++;
      pages.current = new Map([[0, outcome.answer.items]]);
      pending.current = new Set();
      setShown({ request: outcome.input });
      setMeta(outcome.answer.meta);
      setError(null);
    },
  );

  const fetchPage = useCallback(
    /** `again`: fetch a page already shown, keeping it on screen until the new one arrives. */
    async (page: number, again = false) => {
      if (!shown || (!again && pages.current.has(page)) || pending.current.has(page)) return;
      const gen = generation.current;
      pending.current.add(page);
      try {
        const answer = await load(shown.request, page * PAGE, PAGE);
        if (gen !== generation.current) return;
        pages.current.set(page, answer.items);
        setMeta(answer.meta);
        setVersion((v) => v + 1);
      } catch (err) {
        if (gen === generation.current) setError(err instanceof Error ? err.message : String(err));
      } finally {
        pending.current.delete(page);
      }
    },
    [shown, load],
  );

  const itemAt = useCallback((index: number): T | undefined => pages.current.get(Math.floor(index / PAGE))?.[index % PAGE], []);
  const ensure = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(Math.max(0, from) / PAGE); page <= Math.floor(Math.max(0, to) / PAGE); page++) void fetchPage(page);
    },
    [fetchPage],
  );
  /** Fetches every page shown again, in place. */
  const refresh = useCallback(() => {
    for (const page of pages.current.keys()) void fetchPage(page, true);
  }, [fetchPage]);
  /** Shows a change to the items at once, before it is stored. */
  const patch = useCallback((change: (item: T) => T) => {
    for (const [page, items] of pages.current) pages.current.set(page, items.map(change));
    setVersion((v) => v + 1);
  }, []);

  /**
   * Takes items out at once, as a write that put them away answered: the pages loaded from the first one on are
   * closed up, a page left short is fetched again, and pages after a gap are dropped (fetched when seen). Answers how
   * many items went; `meta` is the caller's to correct.
   */
  const remove = useCallback(
    (gone: (item: T) => boolean): number => {
      const loaded: T[] = [];
      let page = 0;
      for (let items = pages.current.get(page); items; items = pages.current.get(++page)) loaded.push(...items);
      const kept = loaded.filter((item) => !gone(item));
      if (kept.length === loaded.length) return 0;
      // A short last page is the end of the list: what follows it is known to be nothing.
      const whole = (pages.current.get(page - 1)?.length ?? 0) < PAGE;
      generation.current++;
      pending.current = new Set();
      pages.current = new Map();
      for (let i = 0; i * PAGE < kept.length; i++) {
        const items = kept.slice(i * PAGE, (i + 1) * PAGE);
        if (items.length === PAGE || whole) pages.current.set(i, items);
      }
      if (!whole) void fetchPage(Math.floor(kept.length / PAGE));
      setVersion((v) => v + 1);
      return loaded.length - kept.length;
    },
    [fetchPage],
  );

  return { shown: shown?.request ?? null, busy, meta, setMeta, error, setError, itemAt, ensure, refresh, patch, remove };
}
