import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import type { Highlight } from './useArticleAnnotations';
import { colorName, type Meanings } from './useColorMeanings';

interface Props {
  highlight: Highlight;
  /** The piece where the highlight begins: it takes keyboard focus and carries the label. */
  first: boolean;
  meanings: Meanings | null;
  children: ReactNode;
  onOpen(id: number, mark: HTMLElement): void;
}

/**
 * One piece of a highlight (a highlight is cut wherever other marks or a paragraph break cross it). Overlapping
 * highlights nest, so their translucent backgrounds layer into a darker tone. The first piece is a button whose
 * name starts with a visually hidden "Highlight, Yellow: key claim", so the colour and its meaning are read out;
 * the article's arrow keys reach it (useRovingStops).
 */
export function HighlightMark({ highlight, first, meanings, children, onOpen }: Props) {
  const open = (e: MouseEvent<HTMLElement>) => {
    // A link inside the highlight stays a link.
    if (e.target instanceof Element && e.target.closest('a')) return;
    // Over an entity mark, the highlight is what a click opens.
    e.stopPropagation();
    onOpen(highlight.id, e.currentTarget);
  };
  const key = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    // Enter here must not also act on the list or on an entity mark around the highlight.
    e.preventDefault();
    e.stopPropagation();
    onOpen(highlight.id, e.currentTarget);
  };
  const className = `hl hl-${highlight.color}${highlight.note ? ' hl-noted' : ''}`;
  if (!first) {
    return (
      <mark className={className} data-hl={highlight.id} onClick={open}>
        {children}
      </mark>
    );
  }
  return (
    <mark
      className={className}
      data-hl={highlight.id}
      data-hl-first={highlight.id}
      role="button"
      tabIndex={-1}
      data-stop=""
      aria-haspopup="dialog"
      onClick={open}
      onKeyDown={key}
    >
      <span className="sr-only">{`Highlight, ${colorName(highlight.color, meanings)}${highlight.note ? ', with a note' : ''}: `}</span>
      {children}
    </mark>
  );
}
