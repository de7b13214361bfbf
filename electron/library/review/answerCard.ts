import type { ReviewAnswer } from '../../common/contract/reviewContract';
import { DAY_MS } from './reviewDays';

/** A highlight's place in the review, as review_cards keeps it; times are ISO strings. */
export interface CardState {
  shown: number;
  lastShownAt: string | null;
  dueAt: string | null;
  hiddenUntil: string | null;
  discarded: boolean;
  halfLifeDays: number | null;
  recalledAt: string | null;
}

export const NEW_CARD: CardState = {
  shown: 0,
  lastShownAt: null,
  dueAt: null,
  hiddenUntil: null,
  discarded: false,
  halfLifeDays: null,
  recalledAt: null,
};

/** "Show later" holds a card back this long. */
export const LATER_DAYS = 30;
/** A card put under spaced repetition starts with a half-life of one day, before its first answer doubles or halves it. */
export const FIRST_HALF_LIFE_DAYS = 1;
// Halving on every "forgot" would bring a card back within minutes; below a few hours it stays at a few hours.
const SHORTEST_HALF_LIFE_DAYS = 0.25;

/** The probability the user still recalls a scheduled card: 2^(-t/h), t the days since it was last recalled. */
export function recallProbability(card: CardState, now: Date): number | null {
  if (card.halfLifeDays === null || card.recalledAt === null) return null;
  const days = Math.max(0, now.getTime() - Date.parse(card.recalledAt)) / DAY_MS;
  return 2 ** (-days / card.halfLifeDays);
}

/**
 * A card after an answer. Every answer counts as a showing, which makes the card (and so its article) half as
 * likely to be drawn again. "sooner" brings it back first thing tomorrow; "later" holds it back for LATER_DAYS;
 * "discard" leaves it out for good. "remembered"/"forgot" put it under spaced repetition: the half-life doubles or
 * halves, and the card comes back when recall probability has fallen to one half, i.e. one half-life later.
 */
export function answerCard(card: CardState, answer: ReviewAnswer, now: Date, tomorrow: Date): CardState {
  const shown: CardState = { ...card, shown: card.shown + 1, lastShownAt: now.toISOString() };
  const after = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString();
  switch (answer) {
    case 'keep':
      return { ...shown, dueAt: card.halfLifeDays === null ? null : after(card.halfLifeDays) };
    case 'sooner':
      return { ...shown, dueAt: tomorrow.toISOString(), hiddenUntil: null };
    case 'later':
      return { ...shown, dueAt: card.halfLifeDays === null ? null : after(LATER_DAYS), hiddenUntil: after(LATER_DAYS) };
    case 'discard':
      return { ...shown, discarded: true };
    case 'remembered':
    case 'forgot': {
      const previous = card.halfLifeDays ?? FIRST_HALF_LIFE_DAYS;
      const halfLifeDays = answer === 'remembered' ? previous * 2 : Math.max(SHORTEST_HALF_LIFE_DAYS, previous / 2);
      return { ...shown, halfLifeDays, recalledAt: now.toISOString(), dueAt: after(halfLifeDays), hiddenUntil: null };
    }
  }
}
