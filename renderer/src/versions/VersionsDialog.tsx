import { useEffect, useRef, useState } from 'react';
import type { VersionSummary } from '../../../electron/common/shapes/versionShapes';
import { VERSIONS_KEPT_RANGE } from '../../../electron/common/shapes/versionsKept';
import { api } from '../api/client';
import { VersionDiff } from './VersionDiff';
import './versions.css';

interface Props {
  articleId: number;
  title: string;
  onClose(): void;
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const label = (v: VersionSummary) => `Version ${v.version}${v.current ? ' (current)' : ''}`;

/**
 * The versions of an article's text, and a comparison of any two (the one before the current and the current, to
 * begin with); and how many versions of each article the library keeps.
 */
export function VersionsDialog({ articleId, title, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const [kept, setKept] = useState<number | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    api.invoke('articles.versions', { id: articleId }).then(
      ({ versions: all }) => {
        setVersions(all);
        if (all.length > 1) setPair({ from: all.at(-2)!.version, to: all.at(-1)!.version });
      },
      (err: Error) => setError(err.message),
    );
    api.invoke('articles.versionsKept', {}).then(
      ({ kept: n }) => setKept(n),
      (err: Error) => setError(err.message),
    );
  }, [articleId]);
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
        {kept !== null && (
          <label>
            Versions kept of each article{' '}
            <input
              type="number"
              min={VERSIONS_KEPT_RANGE[0]}
              max={VERSIONS_KEPT_RANGE[1]}
              step={1}
              defaultValue={kept}
              onChange={(e) => {
                const value = e.currentTarget.valueAsNumber;
                if (!e.currentTarget.checkValidity() || Number.isNaN(value)) return;
                api.invoke('articles.setVersionsKept', { kept: value }).then(
                  ({ kept: n }) => setKept(n),
                  (err: Error) => setError(err.message),
                );
              }}
            />
          </label>
        )}
        <button type="button" className="tool-button" autoFocus onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
