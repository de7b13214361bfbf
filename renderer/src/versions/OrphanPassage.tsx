import { useState } from 'react';
import type { VersionPassage } from '../../../electron/common/shapes/versionShapes';
import { api } from '../api/client';
import './versions.css';

/**
 * Where an orphaned highlight was in the version of the text it was made on, read when asked for (one request per
 * orphan opened, none for the others): the passage around its quote, the quote marked.
 */
export function OrphanPassage({ highlightId, version }: { highlightId: number; version: number }) {
  const [passage, setPassage] = useState<VersionPassage | null | 'none' | 'loading'>(null);
  const [error, setError] = useState('');
  return (
    <details
      className="notes-passage"
      onToggle={(e) => {
        if (!e.currentTarget.open || passage !== null) return;
        setPassage('loading');
        api.invoke('highlights.passage', { id: highlightId }).then(
          (answer) => setPassage(answer.passage ?? 'none'),
          (err: Error) => setError(err.message),
        );
      }}
    >
      <summary>The passage in version {version}</summary>
      {error ? (
        <span role="alert">{error}</span>
      ) : passage === 'none' ? (
        <span>Version {version} is no longer kept.</span>
      ) : passage === null || passage === 'loading' ? (
        <span>Loading…</span>
      ) : (
        <span className="notes-passage-text">
          {passage.before}
          <mark>{passage.quote}</mark>
          {passage.after}
        </span>
      )}
    </details>
  );
}
