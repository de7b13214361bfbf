import { knownSurname, matchGazetteer, ORG_HEADS, PLACE_HEADS } from './lookup';
import { tokenize } from './tokenize';
import type { EntityKind } from './types';

/**
 * The kind a name the user marks is most likely, by the extractor's own knowledge: a name the gazetteer knows
 * ("Minsk", "Shanghai Cooperation Organization", "Lukashenko"), else the head word that makes a run of capitals an
 * organisation or a place ("Belarusian State University", "Diaoyutai State Guesthouse"), else an acronym (an
 * organisation); otherwise a person.
 */
export function guessKind(name: string): EntityKind {
  const tokens = tokenize(name);
  if (tokens.length === 0) return 'person';
  const known = matchGazetteer(tokens, 0);
  if (known && known.end === tokens.length) return known.entry.kind;
  if (tokens.length === 1 && knownSurname(tokens[0]!.norm)) return 'person';
  // The last head word decides: "University of the Palace Square" is an organisation, "Palace of the Republic" a place.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (ORG_HEADS.has(t.norm)) return 'org';
    if (PLACE_HEADS.has(t.norm)) return 'place';
  }
  if (tokens.length === 1 && tokens[0]!.caps) return 'org';
  return 'person';
}
