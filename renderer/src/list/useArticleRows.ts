import { useCallback, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { queryCanSee, type AnnotationChange } from '../annotate/annotationChange';
import { api } from '../api/client';
import { usePagedList } from './usePagedList';

export type Row = ResponseOf<'articles.query'>['rows'][number];
type Answer = ResponseOf<'articles.query'>;

/**
 * The list's rows for a query, fetched a page at a time as they scroll into view. Read and starred changes are
 * shown at once and counted in `changes`; annotation changes made in the article are shown from what they say.
 */
export function useArticleRows(query: string, revision: number) {
  const load = useCallback(
    async (offset: number, limit: number) => {
      const { rows, ...meta } = await api.invoke('articles.query', { query, limit, offset });
      return { items: rows, meta };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the revision is a dependency so that an import fetches the same query again
    [query, revision],
  );
  const { meta, error, setError, itemAt, ensure, refresh, patch } = usePagedList<Row, Omit<Answer, 'rows'>>(load);
  const [changes, setChanges] = useState(0);
  const [lastAnnotation, setLastAnnotation] = useState<AnnotationChange | null>(null);

  /** Shows the change on the row at once, then stores it; a refusal is shown as the list's error. */
  const update = useCallback(
    async (row: Row, change: Pick<Row, 'read'> | Pick<Row, 'starred'>) => {
      patch((r) => (r.id === row.id ? { ...r, ...change } : r));
      try {
        if ('read' in change) await api.invoke('articles.setRead', { ids: [row.id], read: change.read });
        else await api.invoke('articles.setStarred', { ids: [row.id], starred: change.starred });
        setChanges((c) => c + 1);
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    },
    [patch, setError],
  );

  /**
   * An article's annotations changed. Unless the query looks at annotations (and may now find other articles),
   * only the article's row can differ, and only in its badges, which the change carries: nothing is fetched.
   */
  const annotated = useCallback(
    (change: AnnotationChange) => {
      if (queryCanSee(query, change)) refresh();
      else patch((r) => (r.id === change.articleId ? { ...r, highlights: change.after.highlights, notes: change.after.notes } : r));
      setLastAnnotation(change);
    },
    [query, refresh, patch],
  );

  const setRead = useCallback((row: Row, read: boolean) => update(row, { read }), [update]);
  const setStarred = useCallback((row: Row, starred: boolean) => update(row, { starred }), [update]);

  return {
    total: meta?.total ?? null,
    hints: meta?.hints ?? [],
    sort: meta?.sort ?? null,
    error,
    /** Bumped after every stored read or starred change, so counts elsewhere can follow. */
    changes,
    /** The last stored annotation change, for counts elsewhere to follow if they can see it. */
    lastAnnotation,
    annotated,
    rowAt: itemAt,
    ensure,
    setRead,
    setStarred,
  };
}

export type ArticleRows = ReturnType<typeof useArticleRows>;
