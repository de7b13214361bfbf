import { similarity } from './minHash';

/** How much of a pair's score a day apart leaves: reports of one event come out the same day or the next few. */
const DAY_FACTOR = [1, 0.9, 0.6, 0.3];
/** Shared wording counts this much per unit of estimated Jaccard similarity, up to 1. */
const TEXT_WEIGHT = 3;

export interface Side {
  day: number;
  language: string | null;
  signature: Uint16Array;
  /** Σ w² over its entities. */
  norm: number;
}

/**
 * How likely two articles report the same event, from 0 up: the cosine of their entity vectors weighted by rarity,
 * or their shared wording when written in one language (whichever says more), scaled down by the days between them.
 * `shared` is Σ w² over the entities both mention.
 */
export function pairScore(a: Side, b: Side, shared: number): number {
  const days = Math.abs(a.day - b.day);
  const dayFactor = DAY_FACTOR[days] ?? 0;
  if (dayFactor === 0) return 0;
  const entities = a.norm > 0 && b.norm > 0 ? shared / Math.sqrt(a.norm * b.norm) : 0;
  const text = a.language !== null && a.language === b.language ? Math.min(1, TEXT_WEIGHT * similarity(a.signature, b.signature)) : 0;
  return dayFactor * Math.max(entities, text);
}
