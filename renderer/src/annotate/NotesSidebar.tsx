import { NotebookPen, Palette } from 'lucide-react';
import type { Highlight } from './useArticleAnnotations';
import { colorName, type Meanings } from './useColorMeanings';
import { OrphanPassage } from '../versions/OrphanPassage';

interface Props {
  highlights: readonly Highlight[];
  /** The article's text has changed: each highlight says on which version it was made. */
  versioned: boolean;
  meanings: Meanings | null;
  open: boolean;
  /** Whether some text is selected, to which an orphaned highlight can be re-attached. */
  canReattach: boolean;
  onToggle(): void;
  onGoTo(id: number): void;
  onReattach(id: number): void;
  onDelete(id: number): void;
  onMeanings(anchor: HTMLElement): void;
}

const QUOTE_CHARS = 160;

function Entry({ h, meanings, versioned }: { h: Highlight; meanings: Meanings | null; versioned: boolean }) {
  return (
    <>
      <span className="notes-color">
        <span className={`color-dot hl-${h.color}`} aria-hidden="true" /> {colorName(h.color, meanings)}
      </span>
      <q className="notes-quote">{h.quote.length > QUOTE_CHARS ? `${h.quote.slice(0, QUOTE_CHARS)}…` : h.quote}</q>
      {h.note && <span className="notes-note">{h.note}</span>}
      {h.tags.length > 0 && <span className="notes-tags">{h.tags.map((t) => `#${t}`).join(' ')}</span>}
      {versioned && h.version !== null && <span className="notes-version">Made on version {h.version}</span>}
    </>
  );
}

/**
 * The article's highlights in text order with their notes; a click goes to the highlight in the text. Highlights
 * whose text is no longer in the article are kept in a group of their own until re-attached or deleted.
 */
export function NotesSidebar({ highlights, versioned, meanings, open, canReattach, onToggle, onGoTo, onReattach, onDelete, onMeanings }: Props) {
  const placed = highlights.filter((h) => !h.orphaned);
  const orphaned = highlights.filter((h) => h.orphaned);
  return (
    <aside className={`notes-sidebar${open ? '' : ' closed'}`} aria-label="Notes">
      <div className="notes-head">
        <button type="button" className="tool-button" aria-expanded={open} onClick={onToggle}>
          <NotebookPen size={14} aria-hidden="true" /> {open ? 'Hide notes' : `Notes (${highlights.length})`}
        </button>
        {open && (
          <button type="button" className="tool-button" onClick={(e) => onMeanings(e.currentTarget)}>
            <Palette size={14} aria-hidden="true" /> Colour meanings…
          </button>
        )}
      </div>
      {open && (
        <>
          {placed.length === 0 && orphaned.length === 0 && <p className="notes-empty">Select text to highlight it; its notes are listed here.</p>}
          <ol className="notes-list">
            {placed.map((h) => (
              <li key={h.id}>
                <button type="button" className="notes-entry" onClick={() => onGoTo(h.id)}>
                  <Entry h={h} meanings={meanings} versioned={versioned} />
                </button>
              </li>
            ))}
          </ol>
          {orphaned.length > 0 && (
            <section className="notes-orphaned" aria-label="Not found in the text">
              <h2>Not found in the text ({orphaned.length})</h2>
              <p className="notes-hint">The article changed and these passages are gone. Select text and re-attach, or delete.</p>
              <ul className="notes-list">
                {orphaned.map((h) => (
                  <li key={h.id} className="notes-entry orphan" data-orphan={h.id} tabIndex={-1}>
                    <Entry h={h} meanings={meanings} versioned={versioned} />
                    {h.version !== null && <OrphanPassage highlightId={h.id} version={h.version} />}
                    <span className="notes-orphan-actions">
                      {/* Pressing the button must not clear the selection it re-attaches to. */}
                      <button type="button" disabled={!canReattach} onMouseDown={(e) => e.preventDefault()} onClick={() => onReattach(h.id)}>
                        Re-attach to selection
                      </button>
                      <button type="button" onClick={() => onDelete(h.id)}>
                        Delete
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </aside>
  );
}
