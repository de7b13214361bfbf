import { useCallback, useEffect, useState } from 'react';
import type { ReviewAnswer, ReviewCard } from '../../../electron/common/contract/reviewContract';
import type { HighlightFields } from '../../../electron/common/shapes/highlightShapes';
import { api } from '../api/client';

export interface ReviewState {
  /** Today's cards still to answer; null while loading. */
  cards: ReviewCard[] | null;
  streak: number;
  answeredToday: number;
  hints: string[];
  error: string | null;
}

const LOADING: ReviewState = { cards: null, streak: 0, answeredToday: 0, hints: [], error: null };

/** Today's review for a theme (a query, '' for the whole library): the cards, answering them, editing their note and tags. */
export function useReviewCards(theme: string, revision: number) {
  const [state, setState] = useState<ReviewState>(LOADING);

  useEffect(() => {
    let current = true;
    setState(LOADING);
    api.invoke('review.today', { query: theme }).then(
      (r) => current && setState({ cards: r.cards, streak: r.streak, answeredToday: r.answeredToday, hints: r.hints, error: null }),
      (err: Error) => current && setState({ ...LOADING, cards: [], error: err.message }),
    );
    return () => void (current = false);
  }, [theme, revision]);

  const answer = useCallback(async (card: ReviewCard, answer: ReviewAnswer) => {
    try {
      const r = await api.invoke('review.answer', { highlightId: card.highlight.id, answer });
      setState((s) => ({
        ...s,
        cards: (s.cards ?? []).filter((c) => c.highlight.id !== card.highlight.id),
        streak: r.streak,
        answeredToday: r.answeredToday,
        error: null,
      }));
    } catch (err) {
      setState((s) => ({ ...s, error: (err as Error).message }));
    }
  }, []);

  const update = useCallback(async (card: ReviewCard, fields: Partial<HighlightFields>) => {
    try {
      const { highlight } = await api.invoke('highlights.update', { id: card.highlight.id, ...fields });
      setState((s) => ({ ...s, cards: (s.cards ?? []).map((c) => (c.highlight.id === highlight.id ? { ...c, highlight } : c)), error: null }));
    } catch (err) {
      setState((s) => ({ ...s, error: (err as Error).message }));
    }
  }, []);

  const reportError = useCallback((message: string) => setState((s) => ({ ...s, error: message })), []);

  return { ...state, answer, update, reportError };
}
