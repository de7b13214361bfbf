import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';
import { useTaskQueue } from '../api/useTaskQueue';
import { annotationFacts, sameFacts, type AnnotationChange } from './annotationChange';
import type { Span } from './segments';

type Annotations = ResponseOf<'annotations.forArticle'>;
export type Highlight = Annotations['highlights'][number];
export type HighlightColor = Highlight['color'];
export type HighlightChanges = Partial<Pick<Highlight, 'color' | 'note' | 'tags'>>;

/** An article's annotations, with the article they belong to. */
type Loaded = Annotations & { articleId: number };
/** What a stored change's answer does to the article's annotations as shown. */
type Update = (annotations: Annotations) => Annotations;

/** One change as the undo stack keeps it: how to take it back and how to make it again. */
interface Step {
  label: string;
  undo(): Promise<Update>;
  redo(): Promise<Update>;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The order annotations.forArticle answers in: by place in the text, the orphaned (no place) last. */
function byPlace(a: Highlight, b: Highlight): number {
  return Number(a.start === null) - Number(b.start === null) || (a.start ?? 0) - (b.start ?? 0) || (a.end ?? 0) - (b.end ?? 0) || a.id - b.id;
}

const withHighlight =
  (h: Highlight): Update =>
  (a) => ({ ...a, highlights: [...a.highlights.filter((x) => x.id !== h.id), h].sort(byPlace) });
const withoutHighlight =
  (id: number): Update =>
  (a) => ({ ...a, highlights: a.highlights.filter((x) => x.id !== id) });
const put = (h: Highlight) => api.invoke('highlights.restore', { highlight: h }).then((r) => withHighlight(r.highlight));
const change = (id: number, changes: HighlightChanges) => api.invoke('highlights.update', { id, ...changes }).then((r) => withHighlight(r.highlight));
const place = (id: number, { start, end }: Span) => api.invoke('highlights.reattach', { id, start, end }).then((r) => withHighlight(r.highlight));
const storeNote = (articleId: number, note: string) => api.invoke('notes.set', { articleId, note }).then((r): Update => (a) => ({ ...a, note: r.note }));
const storeTags = (articleId: number, tags: string[]) =>
  api.invoke('tags.setForArticle', { articleId, tags }).then((r): Update => (a) => ({ ...a, tags: r.tags }));

/**
 * The shown article's note, tags and highlights, and every change to them. Changes are stored one after another
 * (a queue, so an undo never overtakes the change it undoes) and shown from the library's answer to each, which
 * is the stored state: nothing is fetched again unless a change is refused. Loading an article waits in the same
 * queue, so a change made just before another article was opened (a note saved as its editor closes) is applied
 * to the annotations of the article it was made in. Each change pushes its inverse on an undo stack; the stacks
 * belong to the article shown. Highlights are found by uuid in the steps, because putting a deleted highlight
 * back gives it a new id. `onStored` hears of each change the rest of the reader can see (see AnnotationFacts).
 */
/** The colour highlights are made in by default, kept in the library's settings: the one used last. */
export interface LastColor {
  color: HighlightColor;
  remember(color: HighlightColor): void;
}

export function useArticleAnnotations(articleId: number | null, lastColor: LastColor, onStored?: (change: AnnotationChange) => void) {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  /** The annotations of the article loaded last in queue order, with every answer since applied. */
  const known = useRef<Loaded | null>(null);
  const undoStack = useRef<Step[]>([]);
  const redoStack = useRef<Step[]>([]);
  const shownId = useRef(articleId);
  shownId.current = articleId;
  const stored = useRef(onStored);
  stored.current = onStored;
  const rememberColor = useRef(lastColor.remember);
  rememberColor.current = lastColor.remember;

  const enqueue = useTaskQueue();
  const show = useCallback((annotations: Loaded) => {
    known.current = annotations;
    if (shownId.current === annotations.articleId) setData(annotations);
  }, []);
  const load = useCallback(
    async (forArticle: number) => show({ ...(await api.invoke('annotations.forArticle', { articleId: forArticle })), articleId: forArticle }),
    [show],
  );

  useEffect(() => {
    undoStack.current = [];
    redoStack.current = [];
    setError(null);
    setStatus('');
    if (articleId === null) return;
    // Skipped if another article was opened while it waited: that one's load comes next.
    void enqueue(() => (shownId.current === articleId ? load(articleId) : Promise.resolve())).catch((err: unknown) => setError(message(err)));
  }, [articleId, enqueue, load]);

  /** Runs a change after those before it; a refusal is shown, never swallowed. */
  const run = useCallback(
    <T>(forArticle: number | null, task: (apply: (update: Update) => void) => Promise<T>): Promise<T | undefined> =>
      enqueue(async () => {
        const knownFor = () => (known.current?.articleId === forArticle ? known.current : null);
        const before = knownFor();
        const apply = (update: Update) => {
          const current = knownFor();
          if (current) show({ ...update(current), articleId: current.articleId });
        };
        let value: T | undefined;
        let refused = false;
        try {
          value = await task(apply);
          setError(null);
        } catch (err) {
          refused = true;
          setError(message(err));
        }
        if (forArticle === null) return value;
        // After a refusal what is stored may differ from what is shown (a highlight deleted elsewhere); and an
        // answer cannot be applied to annotations that were never loaded.
        if (refused || !before) await load(forArticle).catch((err: unknown) => setError(message(err)));
        const after = knownFor();
        const change = after && { articleId: forArticle, before: before && annotationFacts(before), after: annotationFacts(after) };
        if (change && !(change.before && sameFacts(change.before, change.after))) stored.current?.(change);
        return value;
      }),
    [enqueue, load, show],
  );

  const ops = useMemo(() => {
    const find = (uuid: string): Highlight => {
      const h = known.current?.highlights.find((x) => x.uuid === uuid);
      if (!h) throw new Error('That highlight is no longer in this article; it may have been deleted elsewhere.');
      return h;
    };
    const drop = (uuid: string) => api.invoke('highlights.delete', { id: find(uuid).id }).then((r) => withoutHighlight(r.highlight.id));
    const record = (step: Step) => {
      if (articleId !== shownId.current) return;
      undoStack.current.push(step);
      redoStack.current = [];
    };
    const noArticle = () => new Error('No article is open.');

    const create = (span: Span, color: HighlightColor, fields: HighlightChanges = {}) =>
      run(articleId, async (apply) => {
        if (articleId === null) throw noArticle();
        rememberColor.current(color);
        const { highlight } = await api.invoke('highlights.create', { articleId, target: { start: span.start, end: span.end }, color, ...fields });
        // The same words highlighted again come back as the highlight already there, changed: undone as a change.
        const before = known.current?.highlights.find((h) => h.uuid === highlight.uuid);
        apply(withHighlight(highlight));
        if (!before) record({ label: 'highlight', undo: () => drop(highlight.uuid), redo: () => put(highlight) });
        else {
          const old: HighlightChanges = { color: before.color, note: before.note, tags: before.tags };
          const changes: HighlightChanges = { color: highlight.color, note: highlight.note, tags: highlight.tags };
          record({ label: 'colour', undo: () => change(find(before.uuid).id, old), redo: () => change(find(before.uuid).id, changes) });
        }
        return highlight;
      });
    const update = (id: number, changes: HighlightChanges) => {
      const asCalled = known.current?.highlights.find((h) => h.id === id);
      return run(articleId, async (apply) => {
        const before = known.current?.highlights.find((h) => h.id === id) ?? asCalled;
        if (!before) throw new Error('That highlight is no longer in this article.');
        const old = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof HighlightChanges]])) as HighlightChanges;
        apply(await change(id, changes));
        const { uuid } = before;
        record({
          label: changes.note !== undefined ? 'note' : changes.tags ? 'tags' : 'colour',
          undo: () => change(find(uuid).id, old),
          redo: () => change(find(uuid).id, changes),
        });
      });
    };
    const remove = (id: number) =>
      run(articleId, async (apply) => {
        const { highlight } = await api.invoke('highlights.delete', { id });
        apply(withoutHighlight(highlight.id));
        record({ label: 'deletion', undo: () => put(highlight), redo: () => drop(highlight.uuid) });
      });
    const reattach = (id: number, span: Span) =>
      run(articleId, async (apply) => {
        const before = known.current?.highlights.find((h) => h.id === id);
        if (!before) throw new Error('That highlight is no longer in this article.');
        apply(await place(id, span));
        // Undone by putting back the highlight as it was, placed by its own selectors: orphaned again if its text is still gone.
        const putBack = async (): Promise<Update> => {
          const dropped = await drop(before.uuid);
          const restored = await put(before);
          return (a) => restored(dropped(a));
        };
        record({ label: 're-attachment', undo: putBack, redo: () => place(find(before.uuid).id, span) });
      });
    const setNote = (note: string) =>
      run(articleId, async (apply) => {
        if (articleId === null) throw noArticle();
        const old = known.current?.note ?? '';
        apply(await storeNote(articleId, note));
        record({ label: 'article note', undo: () => storeNote(articleId, old), redo: () => storeNote(articleId, note) });
      });
    const setTags = (tags: string[]) =>
      run(articleId, async (apply) => {
        if (articleId === null) throw noArticle();
        const old = known.current?.tags ?? [];
        apply(await storeTags(articleId, tags));
        record({ label: 'article tags', undo: () => storeTags(articleId, old), redo: () => storeTags(articleId, tags) });
      });
    const replay = (from: typeof undoStack, to: typeof undoStack, direction: 'undo' | 'redo') =>
      run(articleId, async (apply) => {
        const step = from.current.pop();
        if (!step) return setStatus(`Nothing to ${direction}.`);
        try {
          apply(await step[direction]());
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
  }, [articleId, run]);

  /** Asks again, after the article's text changed under its highlights (an earlier version restored). */
  const reload = useCallback(() => {
    if (articleId !== null) void enqueue(() => load(articleId)).catch((err: unknown) => setError(message(err)));
  }, [articleId, enqueue, load]);

  const shown = data?.articleId === articleId ? data : null;
  return { data: shown, error, dismissError: () => setError(null), status, setStatus, reportError: setError, defaultColor: lastColor.color, reload, ...ops };
}

export type ArticleAnnotations = ReturnType<typeof useArticleAnnotations>;
