import { useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';

type Estimate = ResponseOf<'entities.reextractEstimate'>;

/** "a few seconds", "about 40 seconds", "about 3 minutes": an estimate, said as one. */
export function roughDuration(seconds: number): string {
  if (seconds < 10) return 'a few seconds';
  if (seconds < 90) return `about ${Math.round(seconds / 10) * 10} seconds`;
  if (seconds < 90 * 60) return `about ${Math.round(seconds / 60)} minutes`;
  return `about ${Math.round(seconds / 3600)} hours`;
}

/** Asks before re-reading the whole library, saying how many articles and how long; `onAnswer(true)` starts it. */
export function ReextractConfirm({ onAnswer }: { onAnswer(go: boolean): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const shown = dialog.current;
    if (shown && !shown.open) shown.showModal();
    let current = true;
    api.invoke('entities.reextractEstimate', {}).then(
      (answer) => current && setEstimate(answer),
      (err: Error) => current && setError(err.message),
    );
    return () => void (current = false);
  }, []);
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="reextract-title" onClose={() => onAnswer(false)} onKeyDown={(e) => e.stopPropagation()}>
      <h2 id="reextract-title">Re-extract entities?</h2>
      <p aria-live="polite">
        {error ??
          (estimate
            ? `People, places and organisations are found again in all ${estimate.articles.toLocaleString()} articles. This takes ${roughDuration(estimate.seconds)}, in the background; your corrections are applied again, and you can cancel.`
            : 'Counting the articles…')}
      </p>
      <div className="confirm-buttons">
        <button type="button" className="bar-button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button type="button" className="bar-button confirm-do" disabled={!estimate} onClick={() => onAnswer(true)}>
          Re-extract
        </button>
      </div>
    </dialog>
  );
}
