import { useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { queryCanSee, type AnnotationChange } from '../annotate/annotationChange';
import { api } from '../api/client';
import { FacetEntry } from './FacetEntry';

interface Props {
  query: string;
  onQuery(query: string): void;
  /** Moves whenever an article's read or starred state changed. */
  changes: number;
  /** The last stored change to an article's annotations. */
  annotated: AnnotationChange | null;
}

type View = ResponseOf<'views.list'>['views'][number];

/** Saved searches ("smart views"): each a named query with its live count; the current query can be saved under a name. */
export function SavedViews({ query, onQuery, changes, annotated }: Props) {
  const [views, setViews] = useState<View[]>([]);
  const listed = useRef<View[]>([]);
  const [naming, setNaming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    api.invoke('views.list', {}).then(
      (r) => {
        listed.current = r.views;
        setViews(r.views);
      },
      (err: Error) => setError(err.message),
    );
  }, [changes, reload]);
  // Only a view whose query looks at what the change touched (has:, color:, tag:) can count differently.
  useEffect(() => {
    if (annotated && listed.current.some((v) => queryCanSee(v.query, annotated))) setReload((r) => r + 1);
  }, [annotated]);

  const run = (action: Promise<unknown>) =>
    action.then(
      () => (setReload((r) => r + 1), setError(null)),
      (err: Error) => setError(err.message),
    );
  const save = () => {
    if (naming?.trim()) void run(api.invoke('views.save', { name: naming, query }));
    setNaming(null);
  };

  return (
    <section aria-label="Saved searches">
      <h2>Saved searches</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul>
        {views.map((v) => (
          <FacetEntry
            key={v.id}
            label={v.name}
            count={v.count}
            active={v.query === query}
            onClick={() => onQuery(v.query)}
            extra={
              <button
                type="button"
                className="delete-view"
                aria-label={`Delete saved search ${v.name}`}
                title="Delete"
                onClick={() => void run(api.invoke('views.delete', { id: v.id }))}
              >
                ×
              </button>
            }
          />
        ))}
      </ul>
      {naming === null ? (
        <button type="button" className="link-button show-more" disabled={query.trim() === ''} onClick={() => setNaming('')}>
          Save this search…
        </button>
      ) : (
        <form
          className="save-view"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <input
            autoFocus
            aria-label="Name of the saved search"
            placeholder="Name"
            value={naming}
            onChange={(e) => setNaming(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setNaming(null)}
          />
          <button type="submit">Save</button>
        </form>
      )}
    </section>
  );
}
