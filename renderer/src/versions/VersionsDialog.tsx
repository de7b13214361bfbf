import { useEffect, useRef, useState } from 'react';
import type { VersionSummary } from '../../../electron/common/shapes/versionShapes';
import { api } from '../api/client';
import { VersionDiff } from './VersionDiff';
import { VersionsKeptField } from './VersionsKeptField';
import './versions.css';

interface Props {
  articleId: number;
  title: string;
  onClose(): void;
  /** After an earlier version's text was made current. */
  onRestored(): void;
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const label = (v: VersionSummary) => `Version ${v.version}${v.current ? ' (current)' : ''}`;

/**
 * The versions of an article's text, and a comparison of any two (the one before the current and the current, to
 * begin with); restoring an earlier one (its text made current, the current text kept as a version); and how many
 * versions of each article the library keeps (a setting, also in Settings).
 */
export function VersionsDialog({ articleId, title, onClose, onRestored }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const [error, setError] = useState('');
  // Moves when the number of versions kept changes, which may have let some of these go.
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const show = (all: VersionSummary[]) => {
    setVersions(all);
    setPair(all.length > 1 ? { from: all.at(-2)!.version, to: all.at(-1)!.version } : null);
  };
  useEffect(() => {
    api.invoke('articles.versions', { id: articleId }).then(
      ({ versions: all }) => show(all),
      (err: Error) => setError(err.message),
    );
  }, [articleId, revision]);
  const restore = (version: number) => {
    setError('');
    api.invoke('articles.restoreVersion', { id: articleId, version }).then(
      ({ versions: all }) => {
        show(all);
        onRestored();
      },
      (err: Error) => setError(err.message),
    );
  };
  const choose = (which: 'from' | 'to') => (
    <select
      aria-label={which === 'from' ? 'Earlier version' : 'Later version'}
      value={pair?.[which]}
      onChange={(e) => pair && setPair({ ...pair, [which]: Number(e.currentTarget.value) })}
    >
      {versions?.map((v) => (
        <option key={v.version} value={v.version}>
          {label(v)}
        </option>
      ))}
    </select>
  );
  return (
    <dialog ref={dialog} className="versions-dialog" aria-labelledby="versions-title" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <h2 id="versions-title">Versions of “{title}”</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {versions && (
        <ol className="versions-list" aria-label="Versions">
          {versions.map((v) => (
            <li key={v.version}>
              <strong>{label(v)}</strong> · {WHEN.format(new Date(v.importedAt))} · {v.words.toLocaleString()} words
              {!v.current && (
                <button type="button" className="tool-button versions-restore" onClick={() => restore(v.version)}>
                  Restore this version
                  <span className="sr-only"> {v.version}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {pair && (
        <>
          <p className="versions-compare">
            Compare {choose('from')} with {choose('to')}
          </p>
          <VersionDiff articleId={articleId} from={pair.from} to={pair.to} onError={setError} />
        </>
      )}
      <div className="versions-foot">
        <VersionsKeptField onError={setError} onKept={() => setRevision((r) => r + 1)} />
        <button type="button" className="tool-button" autoFocus onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
