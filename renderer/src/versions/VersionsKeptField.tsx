import { useEffect, useState } from 'react';
import { VERSIONS_KEPT_RANGE } from '../../../electron/common/shapes/versionsKept';
import { api } from '../api/client';
import './versions.css';

/**
 * How many versions of each article the library keeps, the current one included: stored once changed to a number in
 * range (`onKept` then, since a lower number lets versions go at once).
 */
export function VersionsKeptField({ onError, onKept }: { onError(message: string): void; onKept?(kept: number): void }) {
  const [kept, setKept] = useState<number | null>(null);
  useEffect(() => {
    api.invoke('articles.versionsKept', {}).then(
      ({ kept: n }) => setKept(n),
      (err: Error) => onError(err.message),
    );
  }, [onError]);
  if (kept === null) return null;
  const store = (input: HTMLInputElement) => {
    const value = input.valueAsNumber;
    if (!input.checkValidity() || Number.isNaN(value) || value === kept) return;
    api.invoke('articles.setVersionsKept', { kept: value }).then(
      ({ kept: n }) => {
        setKept(n);
        onKept?.(n);
      },
      (err: Error) => onError(err.message),
    );
  };
  return (
    <label className="versions-kept">
      Versions kept of each article{' '}
      <input
        type="number"
        min={VERSIONS_KEPT_RANGE[0]}
        max={VERSIONS_KEPT_RANGE[1]}
        step={1}
        defaultValue={kept}
        // Stored when the field is left or Enter is pressed, not at each key: typing 15 must not keep 1 on the way and let 19 versions go.
        onBlur={(e) => store(e.currentTarget)}
        onKeyDown={(e) => e.key === 'Enter' && store(e.currentTarget)}
      />
    </label>
  );
}
