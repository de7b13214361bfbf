/** Places nobody listed, by what the text says of them elsewhere: a dateline, or an earlier mention found by other evidence. */

import { GENERIC, ORG_HEADS, PLACE_HEADS, isKnownPlace, type Entry } from './lookup';
import { newHit, type Hit } from './hit';
import { joined, type Token } from './tokenize';

/** After a dateline's place: a comma and a date ("Windhuk, 2. Oktober 2024", "Lobito, May 3", "Казань, 12 мая"). */
const DATE_AFTER = /^,[ \t]*(?:\d{1,2}\.?[ \t]*\p{L}{3,}|\p{L}{3,}\.?[ \t]+\d{1,2}\b)/u;

/**
 * A dateline's place at token i: a capitalised name (its hyphenated parts too) that begins a line and is followed by a comma
 * and a date. Its end, else -1.
 */
export function datelinePlaceEnd(tokens: readonly Token[], i: number, text: string): number {
  const t = tokens[i]!;
  if (!t.cap || t.caps || (t.start > 0 && text.charAt(t.start - 1) !== '\n')) return -1;
  let end = i + 1;
  while (tokens[end]?.join === 'hyphen' && tokens[end]!.cap) end++;
  return DATE_AFTER.test(text.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 24)) ? end : -1;
}

/** English prepositions of place, before a place that owns the name after it ("in Oslo's Folkets Hus"). */
const AT = new Set(['in', 'at', 'near', 'outside', 'inside']);
/** The most words of a venue's name after its place. */
const MOST_VENUE_WORDS = 4;

/**
 * "in Oslo's Folkets Hus", "at Moscow's Red Square": after a preposition of place and a place in the possessive (`last`,
 * the hit before token i), the capitalised words that no other rule took name a place in it, unless they are only nouns.
 * Their end, else -1.
 */
export function venueOfPlaceEnd(tokens: readonly Token[], i: number, last: Hit | undefined): number {
  const t = tokens[i]!;
  const owner = tokens[i - 1];
  if (!last || last.kind !== 'place' || !owner?.possessive || last.end !== owner.end || t.join !== 'space' || !t.cap || t.caps || t.headline) return -1;
  let k = i - 1;
  while (k > 0 && tokens[k]!.start > last.start) k--;
  const before = tokens[k - 1];
  if (tokens[k]!.start !== last.start || !before || !AT.has(before.text) || !joined(tokens[k])) return -1;
  let end = i + 1;
  while (end < i + MOST_VENUE_WORDS && !tokens[end - 1]!.possessive && joined(tokens[end]) && tokens[end]!.cap && !tokens[end]!.caps) end++;
  // Nouns alone name nothing there: "at St. John's College" is a college's name, not a college in a place.
  const noun = (u: Token): boolean => GENERIC.has(u.norm) || ORG_HEADS.has(u.norm) || PLACE_HEADS.has(u.norm);
  return tokens.slice(i, end).every(noun) ? -1 : end;
}

/** German words for a part of a place that begin a compound with its name ("Oberbayern", "Süditalien", "Ostukraine"). */
const PART_OF = /^(?:ober|nieder|unter|mittel|nord|sud|ost|west|zentral)(\p{L}{4,})$/u;

/** Where nouns are capitalised, a part of a known place written as one word with it ("Oberbayern", "Westberlin"). */
export const partOfPlace = (t: Token, nouns: boolean): boolean => {
  if (!nouns || !t.cap || t.caps) return false;
  const m = PART_OF.exec(t.norm);
  return m !== null && isKnownPlace(m[1]!);
};

/**
 * The later mentions of places the text named once with evidence (`places`: one-word keys, and a district's own name in
 * "Duisburg-Marxloh"): a lone capitalised word of that key elsewhere names the same place ("in Windhuk", "Marxloh sei").
 * Not a word inside a run of capitalised words, which is another name. The hits, in order, with the new ones.
 */
export function placesRepeated(tokens: readonly Token[], hits: Hit[], places: ReadonlyMap<string, Entry>): Hit[] {
  if (places.size === 0) return hits;
  const added: Hit[] = [];
  let h = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (h < hits.length && hits[h]!.end <= t.start) h++;
    if (!t.cap || t.caps || (h < hits.length && hits[h]!.start < t.end)) continue;
    const entry = places.get(t.norm);
    if (!entry) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if ((t.join === 'space' || t.join === 'hyphen') && prev?.cap && !prev.caps) continue;
    if ((next?.join === 'space' || next?.join === 'hyphen') && next.cap) continue;
    added.push(newHit(tokens, 'place', i, i + 1, entry));
  }
  return added.length === 0 ? hits : [...hits, ...added].sort((a, b) => a.start - b.start);
}
