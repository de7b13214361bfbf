import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../electron/api/contract';
import { api } from '../api/client';

interface Props {
  source: string | null;
  onSource(source: string | null): void;
}

/** The left pane: the whole library and its sources, with counts; the chosen one filters the list. */
export function FilterPane({ source, onSource }: Props) {
  const [facets, setFacets] = useState<ResponseOf<'facets.sources'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.invoke('facets.sources', {}).then(setFacets, (err: Error) => setError(err.message));
  }, []);

  const entry = (label: string, count: number, value: string | null) => (
    <li key={label}>
      <button type="button" className={`facet${source === value ? ' active' : ''}`} aria-pressed={source === value} onClick={() => onSource(value)}>
        <span className="facet-label">{label}</span>
        <span className="facet-count">{count.toLocaleString()}</span>
      </button>
    </li>
  );

  return (
    <nav className="filter-pane" aria-label="Filters">
      {error && <p className="error" role="alert">{error}</p>}
      <h2>Library</h2>
      <ul>{entry('All articles', facets?.total ?? 0, null)}</ul>
      <h2>Sources</h2>
      <ul>{facets?.sources.map((s) => entry(s.name, s.count, s.name))}</ul>
      {facets && facets.sources.length === 0 && <p className="hint">No source named yet.</p>}
    </nav>
  );
}
