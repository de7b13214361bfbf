import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { parseQuery } from '../../../electron/common/query/queryParser';
import { seesShelves } from '../../../electron/common/query/shelves';
import { queryCanSee, type AnnotationChange } from '../annotate/annotationChange';
import { api } from '../api/client';
import { useTaskQueue } from '../api/useTaskQueue';
import { usePagedList } from './usePagedList';

export type Row = ResponseOf<'articles.query'>['rows'][number];

/** A write to one or many rows: read, starred, archived, in the Trash, or tags added. */
export type RowChange = Pick<Row, 'read'> | Pick<Row, 'starred'> | Pick<Row, 'archived'> | Pick<Row, 'trashed'> | { tags: string[] };

async function loadRows({ query }: { query: string }, offset: number, limit: number) {
  const { rows, ...meta } = await api.invoke('articles.query', { query, limit, offset });
  return { items: rows, meta };
}

/**
 * The list's rows for a query, fetched a page at a time as they scroll into view. Writes are shown from what they
 * say or answer, without fetching the list again: read and starred at once, rows put away (archived, deleted,
 * restored) once the write answers where they now are; each stored write is counted in `changes`. Annotation
 * changes made in the article are shown from what they say.
 */
export function useArticleRows(query: string, revision: number) {
  // The revision is part of what is asked so that an import asks for the same query again.
  const asked = useMemo(() => ({ query, revision }), [query, revision]);
  const { shown, busy, meta, setMeta, error, setError, itemAt, ensure, refresh, patch, remove } = usePagedList(asked, loadRows);
  // What the rows shown are for: a write or an annotation is weighed against it, not against a query still to come.
  const listedQuery = shown?.query ?? query;
  // Read when a write answers: the rows shown then may be another query's than when it was asked.
  const listed = useRef(listedQuery);
  useEffect(() => {
    listed.current = listedQuery;
  });
  const [changes, setChanges] = useState(0);
  const [lastAnnotation, setLastAnnotation] = useState<AnnotationChange | null>(null);

  /** Takes out the rows the query no longer shows where they now are, and shows the others there. */
  const shelved = useCallback(
    (articles: ResponseOf<'articles.setArchived'>['articles']) => {
      const now = new Map(articles.map((a) => [a.id, a]));
      const { filters } = parseQuery(listed.current);
      const removed = remove((r) => {
        const state = now.get(r.id);
        return state !== undefined && !seesShelves(filters, state);
      });
      patch((r) => {
        const state = now.get(r.id);
        return state ? { ...r, archived: state.archived, trashed: state.trashed } : r;
      });
      if (removed > 0) setMeta((m) => m && { ...m, total: m.total - removed });
    },
    [remove, patch, setMeta],
  );

  // s pressed twice must leave the article as its row shows it, unstarred: the writes go in the order asked.
  const enqueue = useTaskQueue();
  /** Sends a write after those before it; once stored it is counted in `changes`, and a refusal is shown as the list's error. */
  const queued = useCallback(
    (write: () => Promise<void>) =>
      enqueue(write).then(
        () => setChanges((c) => c + 1),
        (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
      ),
    [enqueue, setError],
  );
  /** Stores a change to the rows, each kind in one write. */
  const apply = useCallback(
    (targets: readonly Row[], change: RowChange): Promise<void> => {
      const ids = targets.map((r) => r.id);
      if (ids.length === 0) return Promise.resolve();
      const hit = new Set(ids);
      if ('read' in change || 'starred' in change) patch((r) => (hit.has(r.id) ? { ...r, ...change } : r));
      return queued(async () => {
        if ('read' in change) await api.invoke('articles.setRead', { ids, read: change.read });
        else if ('starred' in change) await api.invoke('articles.setStarred', { ids, starred: change.starred });
        else if ('tags' in change) await api.invoke('tags.addToArticles', { ids, tags: change.tags });
        else if ('archived' in change) shelved((await api.invoke('articles.setArchived', { ids, archived: change.archived })).articles);
        else shelved((await api.invoke('articles.setTrashed', { ids, trashed: change.trashed })).articles);
      });
    },
    [patch, shelved, queued],
  );

  const [pendingDelete, setPendingDelete] = useState<readonly Row[] | null>(null);
  /** A change the user asked for: deleting rows that hold highlights or notes waits for `settleDelete` (the reader says how many). */
  const request = useCallback(
    (targets: readonly Row[], change: RowChange) => {
      if ('trashed' in change && change.trashed && targets.some((r) => r.highlights + r.notes > 0)) setPendingDelete(targets);
      else void apply(targets, change);
    },
    [apply],
  );
  const settleDelete = useCallback(
    (confirmed: boolean) => {
      if (confirmed && pendingDelete) void apply(pendingDelete, { trashed: true });
      setPendingDelete(null);
    },
    [apply, pendingDelete],
  );

  /** Deletes what is in the Trash for good: the rows shown from it go. */
  const emptyTrash = useCallback(
    () =>
      queued(async () => {
        await api.invoke('articles.emptyTrash', {});
        const removed = remove((r) => r.trashed);
        if (removed > 0) setMeta((m) => m && { ...m, total: m.total - removed });
      }),
    [remove, setMeta, queued],
  );

  /**
   * An article's annotations changed. Unless the query looks at annotations (and may now find other articles),
   * only the article's row can differ, and only in its badges, which the change carries: nothing is fetched.
   */
  const annotated = useCallback(
    (change: AnnotationChange) => {
      if (queryCanSee(listedQuery, change)) refresh();
      else patch((r) => (r.id === change.articleId ? { ...r, highlights: change.after.highlights, notes: change.after.notes } : r));
      setLastAnnotation(change);
    },
    [listedQuery, refresh, patch],
  );

  /** The place in an article was stored: its row shows the progress, as the next fetch would. */
  const placed = useCallback((id: number, progress: number) => patch((r) => (r.id === id && r.progress !== progress ? { ...r, progress } : r)), [patch]);
  const reportError = useCallback((message: string) => setError(message), [setError]);
  const setRead = useCallback((row: Row, read: boolean) => apply([row], { read }), [apply]);
  const setStarred = useCallback((row: Row, starred: boolean) => apply([row], { starred }), [apply]);

  return {
    /** The query and revision whose rows are shown: a newer one's stay to come while `busy`. */
    listed: shown,
    busy,
    total: meta?.total ?? null,
    hints: meta?.hints ?? [],
    sort: meta?.sort ?? null,
    error,
    reportError,
    /** Bumped after every stored write, so counts elsewhere can follow. */
    changes,
    /** The last stored annotation change, for counts elsewhere to follow if they can see it. */
    lastAnnotation,
    annotated,
    placed,
    rowAt: itemAt,
    ensure,
    apply,
    request,
    /** Rows whose delete waits for the reader to confirm it. */
    pendingDelete,
    settleDelete,
    emptyTrash,
    setRead,
    setStarred,
  };
}

export type ArticleRows = ReturnType<typeof useArticleRows>;
