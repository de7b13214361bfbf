import type { ReextractState } from './useReextraction';

interface Props {
  state: ReextractState;
  error: string | null;
  onCancel(): void;
  onDismiss(): void;
}

/** Progress of a background re-extraction, then a line saying it is done (or why it stopped). */
export function ReextractStatus({ state, error, onCancel, onDismiss }: Props) {
  if (!state && !error) return null;
  if (state && !state.finished) {
    return (
      <div className="import-status" role="status" aria-live="polite">
        <progress max={state.total || 1} value={state.done} aria-label="Entity extraction progress" />
        <div className="import-line">
          Finding people, places and organisations: {state.done.toLocaleString()} of {state.total.toLocaleString()} articles
          <button type="button" className="link-button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="import-status" role="status">
      <div className="import-line">
        {error ? (
          <span className="error" role="alert">
            Entity extraction stopped: {error}
          </span>
        ) : (
          <>
            {state!.cancelled
              ? `Entity extraction cancelled: ${state!.done.toLocaleString()} of ${state!.total.toLocaleString()} articles were read again.`
              : `Entities updated in ${state!.total.toLocaleString()} articles.`}
          </>
        )}
        <button type="button" className="link-button" onClick={onDismiss} aria-label="Close the entity extraction status">
          Close
        </button>
      </div>
    </div>
  );
}
