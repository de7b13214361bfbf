/** Places nobody listed, each named once for all the text's mentions of it. */

import { LANDFORM_NOUNS, REGION_NOUNS, type Entry } from './lookup';
import type { Token } from './tokenize';

/** A Russian adjective's endings: "Старого", "Ферганской", "Южный". */
const ADJECTIVE = /(?:ого|его|ой|ей|ий|ый|ая|яя|ое|ее|ую|юю|ым|им|ом|ем)$/;

/**
 * "Новосибирской области": a capitalised adjective before a lower-case region noun is a region, never a name; so is one
 * before a noun of land or town ("Ферганской долины", "Старого города"), where it is an adjective and opens no sentence
 * ("Власти города"). Its end, else -1.
 */
export function regionEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || next.join !== 'space' || next.cap || !t.cap || t.caps) return -1;
  if (REGION_NOUNS.has(next.norm)) return i + 2;
  return LANDFORM_NOUNS.has(next.norm) && t.join !== 'sentence' && i > 0 && ADJECTIVE.test(t.text) ? i + 2 : -1;
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
