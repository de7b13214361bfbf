import type { ReviewSettings } from '../../common/contract/reviewContract';
import type { CardState } from './answerCard';
import { DAY_MS } from './reviewDays';

/** A highlight the review may draw. */
export interface ReviewCandidate {
  id: number;
  articleId: number;
  /** When the highlight was made (ISO). */
  created: string;
  /** Its article is starred. */
  favourite: boolean;
  card: CardState;
}

export interface SelectionTime {
  now: Date;
  /** When today began: cards shown since then were answered today and take a place in today's count. */
  dayStart: Date;
}

/** How much each showing leaves of a highlight's chance of being drawn again. */
export const SHOWN_FACTOR = 0.5;

/**
 * A highlight's weight in the draw. Equal weights make each article's chance its share of the highlights; each
 * showing halves the highlight's weight (and so lowers its article's chance); favourites and recent highlights are
 * multiplied by the user's weights.
 */
export function drawWeight(candidate: ReviewCandidate, settings: ReviewSettings, now: Date): number {
  const recent = now.getTime() - Date.parse(candidate.created) < settings.recentDays * DAY_MS;
  return SHOWN_FACTOR ** candidate.card.shown * (candidate.favourite ? settings.favouriteWeight : 1) * (recent ? settings.recentWeight : 1);
}

/**
 * The ids of today's cards still to answer, in order: cards due (shown sooner, or scheduled by spaced repetition)
 * first, the oldest due first, then a weighted draw without replacement (Efraimidis–Spirakis: each highlight's key
 * is ln(u)/w, the largest keys win) from the highlights neither scheduled, held back nor discarded. Today's places
 * are `settings.count` less the cards already answered today.
 *
 * `random` is drawn once per candidate in the order given, whether or not the candidate can be drawn, so that with
 * the same seed the day's remaining cards stay the same as cards are answered. One pass, keeping only the best keys
 * rather than sorting them all.
 */
export function selectReviewCards(candidates: readonly ReviewCandidate[], settings: ReviewSettings, time: SelectionTime, random: () => number): number[] {
  const now = time.now.getTime();
  const dayStart = time.dayStart.getTime();
  let answeredToday = 0;
  const due: ReviewCandidate[] = [];
  const best: { c: ReviewCandidate; key: number }[] = [];
  for (const c of candidates) {
    const u = random();
    const { card } = c;
    if (card.lastShownAt !== null && Date.parse(card.lastShownAt) >= dayStart) answeredToday++;
    else if (card.discarded) continue;
    else if (card.dueAt !== null) {
      if (Date.parse(card.dueAt) <= now) due.push(c);
    } else if (card.halfLifeDays === null && !heldBack(card, now)) keep(best, { c, key: Math.log(u) / drawWeight(c, settings, time.now) }, settings.count);
  }
  due.sort((a, b) => Date.parse(a.card.dueAt!) - Date.parse(b.card.dueAt!) || a.id - b.id);
  const places = Math.max(0, settings.count - answeredToday);
  return [...due, ...best.map(({ c }) => c)].slice(0, places).map((c) => c.id);
}

/** Puts an entry among the `size` best, kept in order (largest key first; the lower id first on a tie). */
function keep(best: { c: ReviewCandidate; key: number }[], entry: { c: ReviewCandidate; key: number }, size: number): void {
  const before = (a: typeof entry, b: typeof entry) => a.key > b.key || (a.key === b.key && a.c.id < b.c.id);
  if (best.length === size && !before(entry, best[size - 1]!)) return;
  let at = best.length;
  while (at > 0 && before(entry, best[at - 1]!)) at--;
  best.splice(at, 0, entry);
  if (best.length > size) best.pop();
}

function heldBack(card: CardState, now: number): boolean {
  return card.hiddenUntil !== null && Date.parse(card.hiddenUntil) > now;
}
