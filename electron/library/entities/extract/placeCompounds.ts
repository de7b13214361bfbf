import { isKnownWord, type Match } from './lookup';
import * as W from './gazetteer/words';
import { normWord, type Token } from './tokenize';

/** Nouns of places that end a German compound name ("August-Bebel-Platz", "Atacama-Wüste", "Merkez-Moschee"). */
const COMPOUND_HEADS = new Set(
  (
    'platz straße allee weg ring ufer nationalpark park garten wüste moschee kirche dom kathedrale synagoge see tal gebirge insel ' +
    'bahnhof hauptbahnhof stadion arena brücke hafen flughafen kanal fluss gletscher'
  )
    .split(' ')
    .map(normWord),
);
/** The endings by their last four letters, so a word is tested with one look-up, as most words reach this rule. */
const ONE_WORD_ENDINGS = new Map<string, string[]>();
for (const ending of W.ONE_WORD_PLACE_ENDINGS.split(' ').map(normWord))
  ONE_WORD_ENDINGS.set(ending.slice(-4), [...(ONE_WORD_ENDINGS.get(ending.slice(-4)) ?? []), ending]);
const endsAsPlace = (norm: string): boolean => ONE_WORD_ENDINGS.get(norm.slice(-4))?.some((e) => norm.length >= e.length + 3 && norm.endsWith(e)) === true;
const TOWN_LANDMARKS = new Set(W.DE_TOWN_LANDMARKS.split(' '));
const AT_THE = new Set(W.DE_AT_THE.split(' '));

/**
 * A street, square or station named in one word at token t: where only names are capitalised, a capitalised word ending in
 * such a noun ("the Maasboulevard", "on Alexanderplatz"); where nouns are, the noun of a place a town has one of after a
 * preposition with its article ("vom Hauptbahnhof").
 */
export function oneWordPlace(t: Token, prev: Token | undefined, nouns: boolean): boolean {
  if (!t.cap || t.caps || t.headline) return false;
  if (nouns) return TOWN_LANDMARKS.has(t.norm) && t.join === 'space' && prev !== undefined && AT_THE.has(prev.text);
  return endsAsPlace(t.norm);
}

/** Links of Spanish and Portuguese place names ("Santiago de Chile", "San Pedro de Atacama"). */
const ROMANCE_OF = new Set(['de', 'del', 'do', 'dos', 'das']);

const name = (t: Token | undefined): t is Token => t !== undefined && t.cap && !t.caps;

/**
 * A name whose parts are joined by hyphens and whose last part is a noun of place: its end, else -1. The words are
 * capitalised, the first a name's ("Tsau-Khaeb-Nationalpark"), and the run not a longer name's part.
 */
export function hyphenPlaceEnd(tokens: readonly Token[], i: number): number {
  if (!name(tokens[i]) || tokens[i].join === 'hyphen') return -1;
  let end = i + 1;
  while (tokens[end]?.join === 'hyphen' && name(tokens[end])) end++;
  return end > i + 1 && COMPOUND_HEADS.has(tokens[end - 1]!.norm) ? end : -1;
}

/**
 * After a known place ending at `end`, more of its name: a district after a hyphen ("Köln-Ehrenfeld"), not another
 * place ("Berlin-Brandenburg"), or "de" and a name ("Santiago de Chile"). The end of the whole, else `end`.
 */
export function placeCompoundEnd(tokens: readonly Token[], end: number, match: (i: number) => Match | null): number {
  const next = tokens[end];
  if (!next) return end;
  if (next.join === 'hyphen') return name(next) && !COMPOUND_HEADS.has(next.norm) && match(end) === null && !isKnownWord(next.norm) ? end + 1 : end;
  const after = tokens[end + 1];
  const romance = next.join === 'space' && ROMANCE_OF.has(next.text) && after?.join === 'space' && name(after);
  return romance && !(tokens[end + 2]?.join === 'space' && tokens[end + 2]!.cap) ? end + 2 : end;
}
