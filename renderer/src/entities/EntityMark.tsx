import { useId, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { EntityCard } from './EntityCard';
import { KIND_LABEL, type EntityKind } from './EntityLegend';

interface Props {
  entity: { id: number; kind: EntityKind; name: string };
  /** The mention's text as written. */
  text: string;
  children: ReactNode;
  onFilter(): void;
  onOpenPage(): void;
}

/**
 * One mention, underlined by kind. Its accessible name says the kind and the entity, so neither depends on colour.
 * A click or double-click selects text as anywhere else in the article, since reading must not replace what is read;
 * filtering by the entity or opening its page is deliberate: the card's buttons, or Enter (Shift+Enter) on the mark.
 * It is a link (to its page), not a button: a button's content is presentational, and a highlight inside the
 * mention, and the card's own buttons, must stay reachable. The article's arrow keys reach it (useRovingStops).
 */
export function EntityMark({ entity, text, children, onFilter, onOpenPage }: Props) {
  const [open, setOpen] = useState(false);
  // A click focuses the mark too; its card then follows the pointer alone, or it would stay over the text being read.
  const pressed = useRef(false);
  const cardId = useId();
  const label = `${text} (${KIND_LABEL[entity.kind].toLowerCase()}${text === entity.name ? '' : `: ${entity.name}`})`;
  // Focus moving onto the card's own buttons must keep the card open.
  const leave = (e: FocusEvent) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false);
  return (
    <span
      className={`entity-mark entity-${entity.kind}`}
      role="link"
      tabIndex={-1}
      data-stop=""
      aria-label={label}
      aria-describedby={open ? cardId : undefined}
      aria-keyshortcuts="Enter Shift+Enter"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onPointerDown={() => (pressed.current = true)}
      onPointerUp={() => (pressed.current = false)}
      onFocus={() => !pressed.current && setOpen(true)}
      onBlur={leave}
      onKeyDown={(e) => {
        // Keys on the card's buttons are theirs.
        if (e.target !== e.currentTarget) return;
        if (e.key !== 'Escape' && e.key !== 'Enter' && e.key !== ' ') return;
        // The reader's own keys (Enter, Escape) must not act on the list as well.
        e.preventDefault();
        e.stopPropagation();
        if (e.key === 'Escape') setOpen(false);
        else if (e.shiftKey) onOpenPage();
        else onFilter();
      }}
    >
      {children}
      {open && <EntityCard id={entity.id} cardId={cardId} onFilter={onFilter} onOpenPage={onOpenPage} />}
    </span>
  );
}
