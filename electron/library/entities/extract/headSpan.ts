/** Names that end in a head noun of an organisation or a place ("China Media Group", "Palace of Independence"). */

import { CONNECTORS, GENERIC, ORG_HEADS, PLACE_HEADS, PLACE_PREFIXES, STOPWORDS, isRole } from './lookup';
import type { OrgContext } from './nameShapes';
import { joined, type Token } from './tokenize';
import type { EntityKind } from './types';

/** "of" in the languages of names ("Palace of Independence", "Universität des Saarlandes"). */
export const OF = new Set(['of', 'von', 'des', 'der']);
/** German articles join capitalised nouns, not the words of one name ("Studierenden der Universität"). */
const ARTICLES = new Set(['der', 'des', 'die', 'den', 'dem']);
/** "Italy's National Research Council" is two names; "National People's Congress" one. */
const OWNERS_IN_NAMES = new Set(['people', 'women', 'children', 'men', 'workers']);

const CYRILLIC = /^[\u0400-\u04FF]/;
const ENGLISH_ARTICLES = new Set(['the', 'a', 'an']);
/** Heads of the parts of a larger body, which generic words alone do not name. */
const PARTS = new Set(['committee', 'bureau', 'office', 'department', 'board', 'secretariat', 'directorate', 'commission', 'council', 'service']);
const ownerEnds = (t: Token): boolean => t.possessive && !OWNERS_IN_NAMES.has(t.norm);

/** A capital at k, or after "of the" right after a head word ("University of the Andes"). */
function capitalAfterConnectors(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.cap) return true;
  const head = tokens[k - 2];
  return head !== undefined && ORG_HEADS.has(head.norm) && OF.has(tokens[k - 1]!.norm) && tokens[k]?.norm === 'the' && tokens[k + 1]?.cap === true;
}

/** A capitalised run from token i ending in an organisation or place head noun, with one word more specific than the head: its end and kind. */
export function headSpan(c: OrgContext, i: number): { end: number; kind: EntityKind } | null {
  const { tokens } = c;
  if (STOPWORDS.has(tokens[i]!.norm) || tokens[i]!.headline) return null;
  let j = i;
  let head = -1;
  let kind: EntityKind = 'org';
  while (j < tokens.length) {
    const u = tokens[j]!;
    // "Компания Uzbekistan Airways": a name in another script is not part of the noun before it.
    if (j > i && (!joined(u) || ownerEnds(tokens[j - 1]!) || CYRILLIC.test(u.norm) !== CYRILLIC.test(tokens[i]!.norm))) break;
    if (u.cap) {
      if (j > i) {
        const g = c.match(j);
        if (g && g.entry.kind !== 'place') break;
      }
      if (ORG_HEADS.has(u.norm) || PLACE_HEADS.has(u.norm)) {
        head = j;
        kind = ORG_HEADS.has(u.norm) ? 'org' : 'place';
      }
    } else if (!CONNECTORS.has(u.norm) || !capitalAfterConnectors(tokens, j + 1) || (c.nouns && ARTICLES.has(u.norm))) break;
    j++;
  }
  if (head < 0 && PLACE_PREFIXES.has(tokens[i]!.norm) && j > i + 1 && tokens[j - 1]!.cap) return { end: j, kind: 'place' };
  if (head < 0) return null;
  let end = head + 1;
  if (end < j && OF.has(tokens[end]!.norm)) end = j;
  while (!tokens[end - 1]!.cap) end--;
  if (end - i < 2) return null;
  for (let k = i; k < end; k++) {
    const u = tokens[k]!;
    if (u.cap && !GENERIC.has(u.norm) && !ORG_HEADS.has(u.norm) && !PLACE_HEADS.has(u.norm) && !isRole(u) && !STOPWORDS.has(u.norm)) return { end, kind };
  }
  // "the National Registry", "A High Court judge", "at the National Stadium": after an article, generic words and a head name one body or place.
  // Not the first words of a longer name ("the Political Bureau of the …"), nor a part of a body the text names elsewhere ("the Standing Committee").
  const alone = head > i && end === head + 1 && !PARTS.has(tokens[head]!.norm) && !(joined(tokens[end]) && (tokens[end]!.cap || OF.has(tokens[end]!.norm)));
  return alone && ENGLISH_ARTICLES.has(tokens[i - 1]?.norm ?? '') && tokens[i - 1]!.join !== 'hyphen' ? { end, kind } : null;
}
