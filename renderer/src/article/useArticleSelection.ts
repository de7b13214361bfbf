import { useMemo, type RefObject } from 'react';
import type { PopoverState } from '../annotate/AnnotationLayer';
import { anchorBelow } from '../annotate/Popover';
import type { Span } from '../annotate/segments';
import { OFFSET_ATTRIBUTE } from '../annotate/selectionOffsets';
import type { ArticleAnnotations, HighlightColor } from '../annotate/useArticleAnnotations';
import { useTextSelection } from '../annotate/useTextSelection';
import { copyQuote } from './copyQuote';
import { goToHighlight, highlightPlace } from './highlightPlace';
import type { Article } from './useArticle';

interface Params {
  article: Article | null;
  /** The article's text, where a selection counts. */
  bodyRef: RefObject<HTMLElement | null>;
  /** The box popovers and the toolbar are placed in. */
  layoutRef: RefObject<HTMLElement | null>;
  annotations: ArticleAnnotations;
  /** Opens a popover: the new highlight's editor, when it was made to write its note or tags. */
  onPopover(popover: PopoverState): void;
}

/** Selects the text of the entity mark that has the focus in `root`; false when no mark has it. */
function selectFocusedMark(root: HTMLElement | null): boolean {
  const mark = document.activeElement;
  if (!root || !(mark instanceof HTMLElement) || !mark.classList.contains('entity-mark') || !root.contains(mark)) return false;
  const leaves = mark.querySelectorAll(`[${OFFSET_ATTRIBUTE}]`);
  const first = leaves[0]?.firstChild;
  const last = leaves[leaves.length - 1]?.firstChild;
  if (!(first instanceof Text) || !(last instanceof Text)) return false;
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.length);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
  return true;
}

/** Focuses highlight `id` once React has drawn it, within about half a second. */
function focusWhenShown(id: number, frames = 30): void {
  requestAnimationFrame(() => {
    if (highlightPlace(id)) goToHighlight(id);
    else if (frames > 0) focusWhenShown(id, frames - 1);
  });
}

/** The words selected in the article, where their toolbar goes, and what can be done with them. */
export function useArticleSelection({ article, bodyRef, layoutRef, annotations, onPopover }: Params) {
  const { selection, read: live } = useTextSelection(bodyRef, article?.body ?? null, article?.language ?? null);
  const toolbarAnchor = useMemo(() => (selection ? anchorBelow(selection.rect, layoutRef.current) : null), [selection, layoutRef]);
  // `live` reads when used: a key pressed right after the selection changed may come before the selectionchange event.
  /**
   * Once a write on the selected words has answered, they are deselected, unless the reader has selected others
   * meanwhile (a quick hand, a slow machine): those are theirs to act on next.
   */
  const deselect = (span: Span) => {
    const now = live();
    if (now && now.start === span.start && now.end === span.end) document.getSelection()?.removeAllRanges();
  };

  /**
   * False when no words are selected, so the key that asked is left to others. Without a selection, a name whose
   * mark has the focus is taken: that is how a highlight is made from the keyboard alone (arrows to the name, `h`).
   */
  const highlight = (color: HighlightColor, then?: 'note' | 'tags'): boolean => {
    const selected = live();
    const fromMark = !selected && selectFocusedMark(bodyRef.current);
    const span = selected ?? (fromMark ? live() : null);
    if (!span) return false;
    const anchor = anchorBelow(span.rect, layoutRef.current);
    void annotations.create(span, color).then((h) => {
      if (!h) return;
      deselect(span);
      if (then) onPopover({ kind: 'editor', id: h.id, focus: then, anchor });
      // The mark the keyboard was on is now inside the highlight, which takes the focus, so Enter opens it.
      else if (fromMark) focusWhenShown(h.id);
    });
    return true;
  };
  const reattach = (id: number) => {
    const span = live();
    if (span) void annotations.reattach(id, span).then(() => deselect(span));
  };
  const copy = () => {
    const span = live();
    if (!span || !article) return;
    copyQuote(article, span.text).then(
      () => annotations.setStatus('Copied the quote with its source.'),
      (err: Error) => annotations.reportError(`The quote could not be copied to the clipboard: ${err.message}`),
    );
  };
  return { selection, toolbarAnchor, highlight, reattach, copy };
}
