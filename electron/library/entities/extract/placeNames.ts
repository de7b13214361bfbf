/** Places nobody listed, each named once for all the text's mentions of it. */

import { REGION_NOUNS, type Entry } from './lookup';
import type { Token } from './tokenize';

/** "Новосибирской области": a capitalised adjective before a lower-case region noun is a region, never a name. Its end, else -1. */
export function regionEnd(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  return next !== undefined && next.join === 'space' && !next.cap && REGION_NOUNS.has(next.norm) && tokens[i]!.cap && !tokens[i]!.caps ? i + 2 : -1;
}

/** A name as the text writes it, one space between its words. */
export const spanWords = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((u) => u.text)
    .join(' ');

/** A place's words as matched, so that its cases ("Орске", "Орска") are one place. */
export const placeKey = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((u) => u.norm)
    .join(' ');

/** This text's place of a name nobody listed, one for all its mentions; `named` holds the text's organisations too. */
export function placeNamed(named: Map<string, Entry>, name: string, key = name): Entry {
  const entry = named.get(key) ?? { kind: 'place', name, country: null, role: null };
  named.set(key, entry);
  return entry;
}
