import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';
import { FacetEntry } from './FacetEntry';

interface Props {
  query: string;
  onQuery(query: string): void;
  /** Moves whenever counts may have changed. */
  changes: number;
}

type View = ResponseOf<'views.list'>['views'][number];

/** Saved searches ("smart views"): each a named query with its live count; the current query can be saved under a name. */
export function SavedViews({ query, onQuery, changes }: Props) {
  const [views, setViews] = useState<View[]>([]);
  const [naming, setNaming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    api.invoke('views.list', {}).then((r) => setViews(r.views), (err: Error) => setError(err.message));
  }, [changes, reload]);

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
      {error && <p className="error" role="alert">{error}</p>}
      <ul>
        {views.map((v) => (
          <FacetEntry
            key={v.id}
            label={v.name}
            count={v.count}
            active={v.query === query}
            onClick={() => onQuery(v.query)}
            extra={
              <button type="button" className="delete-view" aria-label={`Delete saved search ${v.name}`} title="Delete" onClick={() => void run(api.invoke('views.delete', { id: v.id }))}>
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
