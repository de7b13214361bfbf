import { useMemo, type RefObject } from 'react';
import type { PopoverState } from '../annotate/AnnotationLayer';
import { anchorBelow } from '../annotate/Popover';
import type { ArticleAnnotations, HighlightColor } from '../annotate/useArticleAnnotations';
import { useTextSelection } from '../annotate/useTextSelection';
import { copyQuote } from './copyQuote';
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

/** The words selected in the article, where their toolbar goes, and what can be done with them. */
export function useArticleSelection({ article, bodyRef, layoutRef, annotations, onPopover }: Params) {
  const { selection, read: live } = useTextSelection(bodyRef, article?.body ?? null, article?.language ?? null);
  const toolbarAnchor = useMemo(() => (selection ? anchorBelow(selection.rect, layoutRef.current) : null), [selection, layoutRef]);
  // `live` reads when used: a key pressed right after the selection changed may come before the selectionchange event.
  const clear = () => document.getSelection()?.removeAllRanges();

  /** False when no words are selected, so the key that asked is left to others. */
  const highlight = (color: HighlightColor, then?: 'note' | 'tags'): boolean => {
    const span = live();
    if (!span) return false;
    const anchor = anchorBelow(span.rect, layoutRef.current);
    void annotations.create(span, color).then((h) => {
      if (!h) return;
      clear();
      if (then) onPopover({ kind: 'editor', id: h.id, focus: then, anchor });
    });
    return true;
  };
  const reattach = (id: number) => {
    const span = live();
    if (span) void annotations.reattach(id, span).then(clear);
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
