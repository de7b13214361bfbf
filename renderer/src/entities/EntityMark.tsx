import { useId, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
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
 * One mention, underlined by kind. Its accessible name says the kind and the entity, so neither depends on colour;
 * activating it filters the list by the entity, with Shift it opens the entity's page.
 */
export function EntityMark({ entity, text, children, onFilter, onOpenPage }: Props) {
  const [open, setOpen] = useState(false);
  const cardId = useId();
  const activate = (e: MouseEvent | KeyboardEvent) => (e.shiftKey ? onOpenPage() : onFilter());
  const label = `${text} (${KIND_LABEL[entity.kind].toLowerCase()}${text === entity.name ? '' : `: ${entity.name}`})`;
  return (
    <span
      className={`entity-mark entity-${entity.kind}`}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-describedby={open ? cardId : undefined}
      aria-keyshortcuts="Enter Shift+Enter"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onClick={activate}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' && e.key !== 'Enter' && e.key !== ' ') return;
        // The reader's own keys (Enter, Escape) must not act on the list as well.
        e.preventDefault();
        e.stopPropagation();
        if (e.key === 'Escape') setOpen(false);
        else activate(e);
      }}
    >
      {children}
      {open && <EntityCard id={entity.id} cardId={cardId} />}
    </span>
  );
}
