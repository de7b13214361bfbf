import type { ImportState } from './useImport';

interface Props {
  state: ImportState;
  onDismiss(): void;
}

const STATUSES = ['added', 'updated', 'duplicate', 'error'] as const;
const LABEL: Record<(typeof STATUSES)[number], string> = { added: 'added', updated: 'updated', duplicate: 'duplicate', error: 'failed' };

/** A slim progress bar while importing, then a summary of what happened, each failure and each file read as plain text with its reason. */
export function ImportStatus({ state, onDismiss }: Props) {
  if (state.running) {
    return (
      <div className="import-status" role="status" aria-live="polite">
        <progress max={state.total || 1} value={state.done} aria-label="Import progress" />
        <div className="import-line">
          Importing {state.done.toLocaleString()} of {state.total ? state.total.toLocaleString() : '…'}
          {state.file && <span className="import-file"> — {state.file.split(/[\\/]/).pop()}</span>}
        </div>
      </div>
    );
  }
  if (!state.results) return null;
  const failures = state.results.filter((r) => r.status === 'error');
  const plain = state.results.filter((r) => r.readAsPlainText);
  return (
    <section className="import-status import-summary" role="dialog" aria-label="Import summary">
      <div className="import-line">
        <strong>Import finished:</strong> {STATUSES.map((s) => `${state.results!.filter((r) => r.status === s).length} ${LABEL[s]}`).join(' · ')}
        {plain.length > 0 && ` (${plain.length} read as plain text)`}
        <button type="button" className="link-button" onClick={onDismiss} aria-label="Close the import summary">
          Close
        </button>
      </div>
      {state.error && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      {failures.length > 0 && (
        <ul className="import-failures" aria-label="Failed">
          {failures.map((f) => (
            <li key={f.file}>
              <span className="import-file">{f.file}</span>: {f.error}
            </li>
          ))}
        </ul>
      )}
      {plain.length > 0 && (
        <ul className="import-failures" aria-label="Read as plain text">
          {plain.map((f) => (
            <li key={f.file}>
              <span className="import-file">{f.file}</span>: read as plain text: {f.readAsPlainText}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
