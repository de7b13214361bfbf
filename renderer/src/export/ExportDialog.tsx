import { useEffect, useRef, useState } from 'react';
import { type ExportFormat, type ExportOutcome, type ExportScope, useExport } from './useExport';
import '../annotate/annotate.css';
import './export.css';

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'md', label: 'Markdown', hint: 'for Obsidian and Logseq: front matter, quotes, block ids' },
  { format: 'json', label: 'W3C Web Annotations', hint: 'JSON-LD, which Dossier and other annotation tools import' },
  { format: 'csv', label: 'CSV for Readwise', hint: 'one row per highlight' },
  { format: 'html', label: 'HTML page', hint: 'one printable page' },
  { format: 'pdf', label: 'PDF', hint: 'the printable page' },
];

type ScopeKind = ExportScope['kind'];

export interface ExportDialogProps {
  /** The article open in the reader, if any. */
  articleId: number | null;
  /** The search box's query. */
  query: string;
  /** Highlights ticked in "All highlights", if any. */
  selectedHighlightIds?: readonly number[];
  onClose(): void;
}

/** Export notes: which (this article, this search, the selected highlights, everything), in which format, with a preview. */
export function ExportDialog({ articleId, query, selectedHighlightIds = [], onClose }: ExportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [chosen, setKind] = useState<ScopeKind | null>(null);
  // Until one is chosen, the default follows what the reader shows: opened as the reader starts, the dialog gets
  // the article a moment later.
  const kind = chosen ?? (selectedHighlightIds.length > 0 ? 'highlights' : articleId !== null ? 'article' : query.trim() ? 'query' : 'all');
  const scope = scopeOf(kind, articleId, query, selectedHighlightIds);
  const exp = useExport(scope);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const scopes: { kind: ScopeKind; label: string; shown: boolean }[] = [
    { kind: 'article', label: 'This article', shown: articleId !== null },
    { kind: 'query', label: `This search: ${query.trim()}`, shown: query.trim() !== '' },
    {
      kind: 'highlights',
      label: selectedHighlightIds.length === 1 ? 'The selected highlight' : `The ${selectedHighlightIds.length} selected highlights`,
      shown: selectedHighlightIds.length > 0,
    },
    { kind: 'all', label: 'Everything', shown: true },
  ];
  const counts = exp.preview?.counts;
  const empty = counts !== undefined && counts.articles === 0;
  return (
    <dialog ref={dialogRef} className="export-dialog" aria-labelledby="export-title" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <div className="export-head">
        <h2 id="export-title">Export notes</h2>
        <button type="button" className="link-button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      <div className="export-choices">
        <fieldset>
          <legend>What</legend>
          {scopes
            .filter((s) => s.shown)
            .map((s) => (
              <label key={s.kind}>
                <input type="radio" name="export-scope" checked={kind === s.kind} onChange={() => setKind(s.kind)} />
                <span className="export-scope-label">{s.label}</span>
              </label>
            ))}
        </fieldset>
        <fieldset>
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.format} title={f.hint}>
              <input type="radio" name="export-format" checked={exp.format === f.format} onChange={() => exp.setFormat(f.format)} />
              {f.label} <span className="export-hint">— {f.hint}</span>
            </label>
          ))}
          {exp.format === 'csv' && (
            <label className="export-option">
              <input type="checkbox" checked={exp.bom} onChange={(e) => exp.setBom(e.target.checked)} />
              Start with a byte-order mark (for spreadsheet programs)
            </label>
          )}
        </fieldset>
      </div>
      <section className="export-preview" aria-label="Preview" aria-live="polite">
        {counts && (
          <p className="export-count">
            {empty
              ? 'Nothing to export: no article here has highlights, a note or tags.'
              : `${plural(counts.highlights, 'highlight')} from ${plural(counts.articles, 'article')} → ${exp.preview!.fileName}`}
          </p>
        )}
        {exp.preview && exp.preview.items.length > 0 && (
          <ul className="export-items">
            {exp.preview.items.map((item, i) => (
              <li key={i}>
                <span className={`color-dot hl-${item.color}`} role="img" aria-label={item.color} />
                <span className="export-quote">{item.quote}</span>
                <span className="export-article">
                  {item.orphaned ? 'no longer in the text · ' : ''}
                  {item.article}
                </span>
              </li>
            ))}
          </ul>
        )}
        {exp.preview && !empty && (
          <details>
            <summary>The file’s beginning</summary>
            <pre className="export-sample">{exp.preview.sample}</pre>
          </details>
        )}
      </section>
      {exp.error && (
        <p className="error" role="alert">
          {exp.error}
        </p>
      )}
      {exp.outcome && (
        <p className="export-outcome" role="status">
          {describe(exp.outcome)}
        </p>
      )}
      <div className="export-actions">
        <button type="button" onClick={() => dialogRef.current?.close()}>
          Cancel
        </button>
        <button type="button" className="export-run" disabled={exp.busy || !counts || empty} onClick={() => void exp.run()}>
          {exp.desktop ? 'Save…' : 'Download'}
        </button>
      </div>
    </dialog>
  );
}

function scopeOf(kind: ScopeKind, articleId: number | null, query: string, ids: readonly number[]): ExportScope {
  if (kind === 'article' && articleId !== null) return { kind, id: articleId };
  if (kind === 'query' && query.trim()) return { kind, query };
  if (kind === 'highlights' && ids.length > 0) return { kind, ids: [...ids] };
  return { kind: 'all' };
}

function describe(outcome: NonNullable<ExportOutcome>): string {
  if (outcome.kind === 'saved') return outcome.files.length === 1 ? `Saved to ${outcome.files[0]}` : `Saved ${outcome.files.length} files`;
  return outcome.print ? `Downloaded ${outcome.fileName}: open it and print it (Ctrl+P or ⌘P) to save a PDF.` : `Downloaded ${outcome.fileName}`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString()} ${n === 1 ? word : `${word}s`}`;
}
