import { ColorPicker } from './ColorPicker';
import type { Anchor } from './Popover';
import type { HighlightColor } from './useArticleAnnotations';
import type { Meanings } from './useColorMeanings';

interface Props {
  anchor: Anchor;
  meanings: Meanings | null;
  defaultColor: HighlightColor;
  onHighlight(color: HighlightColor, then?: 'note' | 'tags'): void;
  onCopy(): void;
  onMarkEntity(): void;
  onMeanings(): void;
}

/**
 * What can be done with the selected text. Pressing a button must not take the selection away, so the
 * toolbar keeps the mouse from moving focus or the caret.
 */
export function SelectionToolbar({ anchor, meanings, defaultColor, onHighlight, onCopy, onMarkEntity, onMeanings }: Props) {
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selected text"
      style={{ top: anchor.top, left: anchor.left }}
      onMouseDown={(e) => e.preventDefault()}
    >
      <ColorPicker label="Highlight colours" verb="Highlight" meanings={meanings} onPick={(color) => onHighlight(color)} />
      <div className="selection-actions">
        <button type="button" aria-keyshortcuts="n" onClick={() => onHighlight(defaultColor, 'note')}>
          Note
        </button>
        <button type="button" onClick={() => onHighlight(defaultColor, 'tags')}>
          Tags
        </button>
        <button type="button" onClick={onCopy}>
          Copy as quote
        </button>
        <button type="button" onClick={onMarkEntity}>
          Mark as entity…
        </button>
        <button type="button" className="link-button" onClick={onMeanings}>
          Colour meanings…
        </button>
      </div>
    </div>
  );
}
