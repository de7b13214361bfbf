import { ShowFile } from './ShowFile';
import type { ImportResult, ImportState } from './useImport';
import type { MovedCounts } from '../../../electron/common/contract/importsContract';

interface Props {
  state: ImportState;
  onDismiss(): void;
}

const STATUSES = ['added', 'updated', 'duplicate', 'error'] as const;
const LABEL: Record<(typeof STATUSES)[number], string> = { added: 'added', updated: 'updated', duplicate: 'duplicate', error: 'failed' };

const baseName = (file: string) => file.split(/[\\/]/).pop();
const sizeOf = (bytes: number) =>
  bytes < 1e6
    ? `${Math.round(bytes / 1e3).toLocaleString()} KB`
    : `${(bytes / 1e6).toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;

/**
 * A slim progress bar while importing (in browser mode the bytes sent first, then the files read), then a summary of
 * what happened: each failure with its reason, each duplicate with the article it duplicates, each file read as plain
 * text with the reason.
 */
export function ImportStatus({ state, onDismiss }: Props) {
  if (state.running) {
    const { upload } = state;
    return (
      <div className="import-status" role="status" aria-live="polite">
        {upload ? (
          <>
            <progress max={upload.total || 1} value={upload.sent} aria-label="Upload progress" />
            <div className="import-line">
              Uploading {sizeOf(upload.sent)} of {sizeOf(upload.total)} ({state.total.toLocaleString()} files)
            </div>
          </>
        ) : (
          <>
            <progress max={state.total || 1} value={state.done} aria-label="Import progress" />
            <div className="import-line">
              Reading file {state.done.toLocaleString()} of {state.total ? state.total.toLocaleString() : '…'}
              {state.file && <span className="import-file"> — {baseName(state.file)}</span>}
            </div>
          </>
        )}
      </div>
    );
  }
  if (!state.results) return null;
  const failures = state.results.filter((r) => r.status === 'error');
  const duplicates = state.results.filter((r) => r.status === 'duplicate');
  const plain = state.results.filter((r) => r.readAsPlainText);
  const moved = state.results.filter((r) => r.moved);
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
      <Outcomes label="Failed" items={failures} say={(f) => f.error ?? 'failed'} />
      <Outcomes label="From other apps" items={moved} say={(f) => describeMoved(f.moved!)} />
      <Outcomes
        label="Duplicates"
        items={duplicates.filter((d) => !d.moved)}
        say={(f) => (f.title ? `already in the library as “${f.title}”` : 'already in the library')}
      />
      <Outcomes label="Read as plain text" items={plain} say={(f) => `read as plain text: ${f.readAsPlainText}`} />
    </section>
  );
}

const APPS: Record<MovedCounts['app'], string> = {
  pocket: 'Pocket',
  instapaper: 'Instapaper',
  omnivore: 'Omnivore',
  readwise: 'Readwise',
  dossier: 'a Dossier library',
};

/** What an export of another app brought: articles added (waiting for their page), matched, and its highlights. */
function describeMoved(m: MovedCounts): string {
  const waiting = m.waiting > 0 ? ` (${m.waiting} waiting for their page)` : '';
  return `from ${APPS[m.app]}: ${m.added} articles added${waiting}, ${m.matched} matched to articles already here; ${m.highlights} highlights placed, ${m.existing} already here, ${m.orphaned} kept orphaned (their text not found)`;
}

function Outcomes({ label, items, say }: { label: string; items: ImportResult[]; say(result: ImportResult): string }) {
  if (items.length === 0) return null;
  return (
    <ul className="import-failures" aria-label={label}>
      {items.map((f) => (
        <li key={f.file}>
          <span className="import-file">{f.file}</span>: {say(f)} <ShowFile path={f.path ?? f.file} name={baseName(f.file) ?? f.file} />
        </li>
      ))}
    </ul>
  );
}
