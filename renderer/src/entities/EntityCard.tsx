import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';
import { formatDate } from '../article/format';
import { KIND_LABEL } from './EntityLegend';

type Card = ResponseOf<'entities.get'>['entity'];

/**
 * The card a mark shows while hovered or focused: a tooltip, so a screen reader reads it as the mark's description,
 * with the two deliberate acts a click on the mark no longer does.
 */
export function EntityCard({ id, cardId, onFilter, onOpenPage }: { id: number; cardId: string; onFilter(): void; onOpenPage(): void }) {
  const [card, setCard] = useState<Card | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    api.invoke('entities.get', { id }).then(
      (r) => current && setCard(r.entity),
      // The buttons do not need the card's details, so they stay; only the details say they are missing.
      () => current && setFailed(true),
    );
    return () => void (current = false);
  }, [id]);
  const actions = (
    <span className="entity-card-actions">
      <button type="button" onClick={onFilter}>
        Filter the list
      </button>
      <button type="button" onClick={onOpenPage}>
        Open its page
      </button>
    </span>
  );
  return (
    <span className="entity-card" role="tooltip" id={cardId}>
      {card ? (
        <>
          <span className="entity-card-kind">{KIND_LABEL[card.kind]}</span>
          <span className="entity-card-name">{card.name}</span>
          {card.aliases.length > 0 && <span className="entity-card-line">Also: {card.aliases.join(', ')}</span>}
          <span className="entity-card-line">
            Mentioned in {card.articleCount} {card.articleCount === 1 ? 'article' : 'articles'}
            {card.latest && (
              <>
                ; latest: “{card.latest.title}”{card.latest.published && ` (${formatDate(card.latest.published)})`}
              </>
            )}
          </span>
          {actions}
          <span className="entity-card-hint">On the mark: Enter filters · Shift+Enter opens its page</span>
        </>
      ) : failed ? (
        <>
          <span className="entity-card-line">Its details could not be loaded.</span>
          {actions}
        </>
      ) : (
        <span className="entity-card-line">Loading…</span>
      )}
    </span>
  );
}
