import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';
import type { Span } from './segments';
import { HIGHLIGHT_COLORS } from './useColorMeanings';

type Annotations = ResponseOf<'annotations.forArticle'>;
export type Highlight = Annotations['highlights'][number];
export type HighlightColor = Highlight['color'];
export type HighlightChanges = Partial<Pick<Highlight, 'color' | 'note' | 'tags'>>;

/** One change as the undo stack keeps it: how to take it back and how to make it again. */
interface Step {
  label: string;
  undo(): Promise<unknown>;
  redo(): Promise<unknown>;
}

const COLOR_SETTING = 'dossier.highlightColor';

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * The shown article's note, tags and highlights, and every change to them. Changes are stored at once, one after
 * another (a queue, so an undo never overtakes the change it undoes), and each is followed by the article's
 * annotations as stored. Each change pushes its inverse on an undo stack; the stacks belong to the article shown.
 * Highlights are found by uuid in the steps, because putting a deleted highlight back gives it a new id.
 */
export function useArticleAnnotations(articleId: number | null, onStored?: () => void) {
  const [data, setData] = useState<(Annotations & { articleId: number }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [defaultColor, setDefaultColor] = useState<HighlightColor>(() => HIGHLIGHT_COLORS.find((c) => c === localStorage.getItem(COLOR_SETTING)) ?? 'yellow');
  const latest = useRef<Annotations | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const undoStack = useRef<Step[]>([]);
  const redoStack = useRef<Step[]>([]);
  // A change made just before another article was opened (a note saved as its editor closes) still lands, but
  // neither its answer nor its undo step may be taken for the article now shown.
  const shownId = useRef(articleId);
  shownId.current = articleId;
  const stored = useRef(onStored);
  stored.current = onStored;

  const reload = useCallback(async () => {
    if (articleId === null) return;
    const answer = await api.invoke('annotations.forArticle', { articleId });
    if (shownId.current !== articleId) return;
    latest.current = answer;
    setData({ ...answer, articleId });
  }, [articleId]);

  useEffect(() => {
    undoStack.current = [];
    redoStack.current = [];
    latest.current = null;
    setError(null);
    setStatus('');
    reload().catch((err: unknown) => setError(message(err)));
  }, [reload]);

  /** Runs a change after those before it, then shows what is stored; a refusal is shown, never swallowed. */
  const run = useCallback(
    <T>(task: () => Promise<T>): Promise<T | undefined> => {
      const next = queue.current.then(async () => {
        try {
          const value = await task();
          setError(null);
          stored.current?.();
          return value;
        } catch (err) {
          setError(message(err));
          return undefined;
        } finally {
          // Also after a refusal: what is stored may differ from what is shown (a highlight deleted elsewhere).
          await reload().catch((err: unknown) => setError(message(err)));
        }
      });
      queue.current = next;
      return next;
    },
    [reload],
  );

  const find = (uuid: string): Highlight => {
    const h = latest.current?.highlights.find((x) => x.uuid === uuid);
    if (!h) throw new Error('That highlight is no longer in this article; it may have been deleted elsewhere.');
    return h;
  };
  const record = (forArticle: number | null, step: Step) => {
    if (forArticle !== shownId.current) return;
    undoStack.current.push(step);
    redoStack.current = [];
  };
  const put = (h: Highlight) => api.invoke('highlights.restore', { highlight: h });
  const drop = (uuid: string) => api.invoke('highlights.delete', { id: find(uuid).id });

  const ops = useMemo(() => {
    const create = (span: Span, color: HighlightColor, fields: HighlightChanges = {}) =>
      run(async () => {
        if (articleId === null) throw new Error('No article is open.');
        localStorage.setItem(COLOR_SETTING, color);
        setDefaultColor(color);
        const { highlight } = await api.invoke('highlights.create', { articleId, target: { start: span.start, end: span.end }, color, ...fields });
        record(articleId, { label: 'highlight', undo: () => drop(highlight.uuid), redo: () => put(highlight) });
        return highlight;
      });
    const update = (id: number, changes: HighlightChanges) => {
      const asCalled = latest.current?.highlights.find((h) => h.id === id);
      return run(async () => {
        const before = latest.current?.highlights.find((h) => h.id === id) ?? asCalled;
        if (!before) throw new Error('That highlight is no longer in this article.');
        const old = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof HighlightChanges]])) as HighlightChanges;
        await api.invoke('highlights.update', { id, ...changes });
        const { uuid } = before;
        record(articleId, {
          label: changes.note !== undefined ? 'note' : changes.tags ? 'tags' : 'colour',
          undo: () => api.invoke('highlights.update', { id: find(uuid).id, ...old }),
          redo: () => api.invoke('highlights.update', { id: find(uuid).id, ...changes }),
        });
      });
    };
    const remove = (id: number) =>
      run(async () => {
        const { highlight } = await api.invoke('highlights.delete', { id });
        record(articleId, { label: 'deletion', undo: () => put(highlight), redo: () => drop(highlight.uuid) });
      });
    const reattach = (id: number, { start, end }: Span) =>
      run(async () => {
        const before = latest.current?.highlights.find((h) => h.id === id);
        if (!before) throw new Error('That highlight is no longer in this article.');
        await api.invoke('highlights.reattach', { id, start, end });
        // Undone by putting back the highlight as it was, placed by its own selectors: orphaned again if its text is still gone.
        record(articleId, { label: 're-attachment', undo: () => drop(before.uuid).then(() => put(before)), redo: () => api.invoke('highlights.reattach', { id: find(before.uuid).id, start, end }) });
      });
    const setNote = (note: string) =>
      run(async () => {
        if (articleId === null) throw new Error('No article is open.');
        const old = latest.current?.note ?? '';
        await api.invoke('notes.set', { articleId, note });
        record(articleId, { label: 'article note', undo: () => api.invoke('notes.set', { articleId, note: old }), redo: () => api.invoke('notes.set', { articleId, note }) });
      });
    const setTags = (tags: string[]) =>
      run(async () => {
        if (articleId === null) throw new Error('No article is open.');
        const old = latest.current?.tags ?? [];
        await api.invoke('tags.setForArticle', { articleId, tags });
        record(articleId, { label: 'article tags', undo: () => api.invoke('tags.setForArticle', { articleId, tags: old }), redo: () => api.invoke('tags.setForArticle', { articleId, tags }) });
      });
    const replay = (from: typeof undoStack, to: typeof undoStack, direction: 'undo' | 'redo') =>
      run(async () => {
        const step = from.current.pop();
        if (!step) return setStatus(`Nothing to ${direction}.`);
        try {
          await step[direction]();
        } catch (err) {
          from.current.push(step);
          throw err;
        }
        to.current.push(step);
        setStatus(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${step.label}.`);
      });
    return {
      create,
      update,
      remove,
      reattach,
      setNote,
      setTags,
      undo: () => replay(undoStack, redoStack, 'undo'),
      redo: () => replay(redoStack, undoStack, 'redo'),
    };
    // `find`, `drop`, `put` and `record` read only refs, so they need not be dependencies.
  }, [articleId, run]);

  const shown = data?.articleId === articleId ? data : null;
  return { data: shown, error, dismissError: () => setError(null), status, setStatus, reportError: setError, defaultColor, ...ops };
}

export type ArticleAnnotations = ReturnType<typeof useArticleAnnotations>;
