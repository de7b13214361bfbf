import { ORGS } from './gazetteer/orgs';
import { PERSONS } from './gazetteer/persons';
import { GIVEN_NAMES } from './gazetteer/generatedGivenNames';
import { generatedPlaces } from './gazetteer/generatedPlaces';
import { PLACES } from './gazetteer/places';
import * as W from './gazetteer/words';
import { joined, normWord, tokenize, type Token } from './tokenize';
import { isTown, townAt } from './towns';
import type { EntityKind } from './types';

/** One real-world thing the gazetteer (or a text) names. */
export interface Entry {
  kind: EntityKind;
  name: string;
  country: string | null;
  role: string | null;
}

const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(normWord));

export const ROLE_HEADS = wordSet(W.ROLE_HEADS);
export const ROLE_MODIFIERS = wordSet(W.ROLE_MODIFIERS);
const COMPOUND_ROLE = new RegExp(`^\\p{L}{3,}(?:${[...wordSet(W.COMPOUND_ROLE_ENDINGS)].join('|')})$`, 'u');

/** A title that can stand before a name: a listed one, or a capitalised German compound ending in one. */
export function isRoleHead(t: Token): boolean {
  return ROLE_HEADS.has(t.norm) || (t.cap && t.norm.length > 8 && COMPOUND_ROLE.test(t.norm));
}
/** A title, or a word that qualifies one ("deputy", "former"). */
export const isRole = (t: Token): boolean => isRoleHead(t) || ROLE_MODIFIERS.has(t.norm);
export const LEADER_ROLES = wordSet(W.LEADER_ROLES);
export const STOPWORDS = wordSet(W.STOPWORDS);
export const ORG_HEADS = wordSet(W.ORG_HEADS);
export const PLACE_HEADS = wordSet(W.PLACE_HEADS);
export const PLACE_PREFIXES = wordSet(W.PLACE_PREFIXES);
export const REGION_NOUNS = wordSet(W.REGION_NOUNS);
export const LANDFORM_NOUNS = wordSet(W.LANDFORM_NOUNS);
export const GENERIC = wordSet(W.GENERIC);
export const CONNECTORS = wordSet(W.CONNECTORS);
/** Given names: the hand list's (with Russian and other transliterations) and the generated English lexicon's. */
export const FIRST_NAMES = wordSet(`${W.FIRST_NAMES} ${GIVEN_NAMES.replace(/\n/g, ' ')}`);
export const CHINESE_SURNAMES = wordSet(W.CHINESE_SURNAMES);
export const AMBIGUOUS_SURNAMES = wordSet(W.AMBIGUOUS_SURNAMES);
export const NAME_PARTICLES = wordSet(W.NAME_PARTICLES);
export const PERSON_PARTICLES = wordSet(W.PERSON_PARTICLES);
export const SPEECH_VERBS = wordSet(W.SPEECH_VERBS);

const NATIONALITIES = new Map<string, string>();
for (const [country, words] of Object.entries(W.NATIONALITIES)) for (const w of wordSet(words)) NATIONALITIES.set(w, country);
const LATIN = /^[a-zäöüß]/;
// German adjectives' endings ("chinesische", "russischen") are listed with the words, so that a word is one look-up:
// asked of most words of every text, a look-up is cheaper than cutting an ending first.
for (const [w, country] of [...NATIONALITIES]) {
  if (LATIN.test(w)) for (const ending of ['e', 'en', 'er', 'es', 'em']) if (!NATIONALITIES.has(w + ending)) NATIONALITIES.set(w + ending, country);
}

// Every word but a capitalised one that isRole or nationality holds true of: most words are none, told by this one look-up
// rather than by three.
const ROLE_OR_NATIONALITY = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS, ...NATIONALITIES.keys()]);
/** False only where isRole and nationality are (so a word need not be asked both). */
export const mayBeRoleOrNationality = (t: Token): boolean => t.cap || ROLE_OR_NATIONALITY.has(t.norm);

/** The country a nationality adjective refers to ("Belarusian", "белорусского", "chinesische"), or null. */
export function nationality(t: Token): string | null {
  return NATIONALITIES.get(t.norm) ?? null;
}

/** Names by their normalised words joined with spaces. */
const PHRASES = new Map<string, Entry>();
/** The most words a phrase starting with a given word has, so most words are rejected with one lookup. */
const MAX_WORDS = new Map<string, number>();
/** Acronyms, case-sensitive so that "US" is never "us". */
const ABBREVIATIONS = new Map<string, Entry>();
/** Surnames of known people, which name them alone. */
const SHORT = new Map<string, Entry>();

/** Names written in Chinese characters by their first character, longest first (see matchHan). */
const HAN_NAMES = new Map<string, { name: string; entry: Entry }[]>();

const ACRONYM = /^[\p{Lu}\d]{2,6}$/u;
const HAN = /\p{Script=Han}/u;

/** Indexes a Chinese name for matchHan (and, through its tokens, for lookupName). */
export function addHanName(index: Map<string, { name: string; entry: Entry }[]>, name: string, entry: Entry): void {
  const list = index.get(name.charAt(0));
  if (!list) {
    index.set(name.charAt(0), [{ name, entry }]);
    return;
  }
  if (list.some((n) => n.name === name)) return;
  // Longest first; after the names of the same length already there, as a stable sort would put it.
  let at = list.findIndex((n) => n.name.length < name.length);
  if (at < 0) at = list.length;
  list.splice(at, 0, { name, entry });
}

function addNames(entry: Entry, names: string): void {
  for (const name of names.split('|')) {
    if (HAN.test(name)) addHanName(HAN_NAMES, name, entry);
    if (ACRONYM.test(name)) {
      ABBREVIATIONS.set(name, entry);
      continue;
    }
    const norms = tokenize(name).map((t) => t.norm);
    PHRASES.set(norms.join(' '), entry);
    const first = norms[0] ?? '';
    MAX_WORDS.set(first, Math.max(MAX_WORDS.get(first) ?? 0, norms.length));
  }
}

const canonical = (names: string): string => names.split('|', 1)[0]!;
for (const names of PLACES) addNames({ kind: 'place', name: canonical(names), country: null, role: null }, names);
for (const names of ORGS) addNames({ kind: 'org', name: canonical(names), country: null, role: null }, names);
for (const p of PERSONS) {
  const entry: Entry = { kind: 'person', name: canonical(p.names), country: p.country, role: p.role };
  addNames(entry, p.names);
  if (p.short) for (const s of p.short.split('|')) SHORT.set(normWord(s), entry);
}

/** One-word generated names, which need the words around them to allow a place (see standsAlone). */
type Weak = 'city' | 'country';
const WEAK = new Map<string, Weak>();

/** A generated name's key: written after "~" by the generator where it is not the name in lower case with spaces for hyphens. */
function generatedKey(name: string): string {
  const tilde = name.indexOf('~');
  if (tilde >= 0) return name.slice(tilde + 1);
  const lower = name.toLowerCase();
  return lower.includes('-') ? lower.replace(HYPHENS, ' ') : lower;
}
const HYPHENS = /-/g;

/** How many words a key has. */
function wordCount(key: string): number {
  let words = 1;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) words++;
  return words;
}

/**
 * A country's two-character name beginning with 中 is most often China and another ("中非" is China–Africa far more than the
 * Central African Republic); a part of the world's is not ("中亚" is Central Asia).
 */
const hanNameStandsAlone = (name: string, country: boolean): boolean => name.length > 2 || (name.length === 2 && !(country && name.startsWith('中')));

/**
 * The generated countries and cities after the hand lists: a line naming a hand-listed place adds its other names to that
 * place (whose name, and so key, stays); names the hand lists already give to someone or something are left to them.
 */
function addGenerated(lines: string, weak: Weak, countries = false): void {
  for (const line of lines.split('\n')) {
    const keys = line.split('|').map(generatedKey);
    let entry: Entry | undefined;
    for (const key of keys) {
      const known = PHRASES.get(key);
      if (known?.kind === 'place') {
        entry = known;
        break;
      }
    }
    entry ??= { kind: 'place', name: canonical(line).split('~', 1)[0]!, country: null, role: null };
    for (const key of keys) {
      if (HAN.test(key) && hanNameStandsAlone(key, countries)) addHanName(HAN_NAMES, key, entry);
      if (PHRASES.has(key)) continue;
      PHRASES.set(key, entry);
      const words = wordCount(key);
      const first = words === 1 ? key : key.slice(0, key.indexOf(' '));
      MAX_WORDS.set(first, Math.max(MAX_WORDS.get(first) ?? 0, words));
      if (words === 1) WEAK.set(key, weak);
    }
  }
}

// Added on the first look-up rather than at start-up, so the thousands of generated names cost nothing until a text is read.
let generated = false;
function withGeneratedPlaces(): void {
  if (generated) return;
  generated = true;
  const { countries, cities, regions } = generatedPlaces();
  addGenerated(countries, 'country', true);
  addGenerated(cities, 'city');
  addGenerated(regions, 'country');
}

// China's divisions are thousands of names in Chinese only: added on the first look-up of Chinese, so that a library
// without Chinese text never pays for them. Only matchHan and a typed name in Chinese read them.
let chinese = false;
function withChinesePlaces(): void {
  withGeneratedPlaces();
  if (chinese) return;
  chinese = true;
  addGenerated(generatedPlaces().chinese, 'city');
}

export interface Match {
  entry: Entry;
  /** Index of the token after the match. */
  end: number;
  /** The last word carried a German genitive -s ("Chinas") that is not part of the name. */
  genitive: boolean;
}

/** A Russian stem this short is also an ordinary word's ("Газ" of Газа, "Того"), capitalised only where a sentence begins. */
const SHORT_STEM = /^[\u0400-\u04FF]{1,3}$/;
const CYRILLIC_WORD = /^[\u0400-\u04FF]/;
/** Articles, and German prepositions that hold one ("beim Essen"): a city takes none. */
const DETERMINERS = new Set('the a an der die das dem den des ein eine einem einen einer eines beim zum zur vom im am ins ans'.split(' '));

/**
 * Whether a one-word generated name stands as a place here: not inside a run of capitalised words, which is some other name
 * ("Florence Nightingale", "Santiago Peña", "Michael Jordan", "New Jersey"), a city not after an article ("das Essen"), and a
 * short Russian stem not where a sentence of a text begins (a name alone, as typed, is a name).
 * Where every noun is capitalised ("die Hafenstadt Mombasa", "in Durban Vertreter") only a name around it counts.
 */
function standsAlone(tokens: readonly Token[], i: number, weak: Weak, nounsCapitalised: boolean): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (weak === 'city' && prev && t.join === 'space' && DETERMINERS.has(prev.norm)) return false;
  if (t.join === 'sentence' && tokens.length > 1 && SHORT_STEM.test(t.norm)) return false;
  if (nounsCapitalised) {
    if (!prev || !joined(t)) return true;
    // A given name before it, a title before it and a name after ("Regisseurin Mati Diop"), or a whole name before ("Justo Zuleta Santander").
    const before = tokens[i - 2];
    if (FIRST_NAMES.has(prev.norm) || (isRoleHead(prev) && joined(next) && next.cap)) return false;
    return !(prev.cap && joined(prev) && before !== undefined && before.cap && !STOPWORDS.has(before.norm));
  }
  // A capital that only opens a sentence ("Visiting Mombasa, …", "Делегация Того …") says nothing, unless of a given name or role.
  const opening = prev?.join === 'sentence' && !FIRST_NAMES.has(prev.norm) && !ROLE_HEADS.has(prev.norm);
  // A Russian title, a place in the genitive and a name: "Президент Татарстана Рустам Минниханов".
  if (prev && CYRILLIC_WORD.test(t.norm) && isRoleHead(prev)) return true;
  if (prev && joined(t) && prev.cap && !STOPWORDS.has(prev.norm) && !opening && !prev.possessive) return false;
  return !(joined(next) && next.cap && !STOPWORDS.has(next.norm) && !t.possessive);
}

/** The longest gazetteer name starting at token i, in a text whose language may capitalise every noun. */
export function matchGazetteer(tokens: readonly Token[], i: number, nounsCapitalised = false): Match | null {
  withGeneratedPlaces();
  const t = tokens[i]!;
  if (t.caps) {
    const abbreviation = ABBREVIATIONS.get(t.text);
    if (abbreviation) return { entry: abbreviation, end: i + 1, genitive: false };
  }
  const max = MAX_WORDS.get(t.norm) ?? 0;
  let best: Match | null = null;
  let key = t.norm;
  for (let k = 0; k < max; k++) {
    if (k > 0) {
      const u = tokens[i + k];
      if (!joined(u)) break;
      key += ' ' + u.norm;
    }
    const entry = PHRASES.get(key);
    if (entry) best = { entry, end: i + k + 1, genitive: false };
    else if (k > 0 && nounsCapitalised) {
      // A German genitive on a name of several words ("Baden-Württembergs Verkehrsminister").
      const cut = key.endsWith('s') ? PHRASES.get(key.slice(0, -1)) : undefined;
      if (cut?.kind === 'place') best = { entry: cut, end: i + k + 1, genitive: true };
    }
  }
  const weak = best?.end === i + 1 ? WEAK.get(t.norm) : undefined;
  if (weak && !standsAlone(tokens, i, weak, nounsCapitalised)) return null;
  if (!best) {
    const town = townAt(tokens, i, nounsCapitalised, (k) => PHRASES.get(tokens[k]!.norm)?.kind === 'place' || isTown(tokens[k]!.norm));
    if (town) return { entry: town.entry, end: town.end, genitive: false };
  }
  if (best || max > 0 || t.norm.length < 5 || !LATIN.test(t.norm)) return best;
  // A German dative plural after "den" ("aus den Niederlanden"), or alone.
  const plural =
    nounsCapitalised && t.norm.endsWith('en') && (tokens[i - 1]?.norm === 'den' || tokens.length === 1) ? PHRASES.get(t.norm.slice(0, -1)) : undefined;
  if (plural?.kind === 'place') return { entry: plural, end: i + 1, genitive: true };
  if (!t.norm.endsWith('s')) return null;
  // A German genitive ("Chinas", "Chiles") of the hand-listed names and generated countries and regions: "Doris" is no city "Dori".
  const cut = t.norm.slice(0, -1);
  const entry = WEAK.get(cut) === 'city' ? undefined : PHRASES.get(cut);
  return entry ? { entry, end: i + 1, genitive: true } : null;
}

/** The longest name in `index` (the gazetteer's Chinese names unless another is given) written at text[i]. */
export function matchHan(
  text: string,
  i: number,
  index: ReadonlyMap<string, readonly { name: string; entry: Entry }[]> = HAN_NAMES,
): { entry: Entry; end: number } | null {
  withChinesePlaces();
  const list = index.get(text.charAt(i));
  if (list) for (const n of list) if (text.startsWith(n.name, i)) return { entry: n.entry, end: i + n.name.length };
  return null;
}

/** Whether a word alone is a gazetteer place's name ("bayern", "ukraine"). */
export function isKnownPlace(norm: string): boolean {
  withGeneratedPlaces();
  return PHRASES.get(norm)?.kind === 'place';
}

/** Whether a word alone is some gazetteer name, wherever it stands. */
export function isKnownWord(norm: string): boolean {
  withGeneratedPlaces();
  return PHRASES.has(norm) || isTown(norm);
}

/** The known person a lone surname (normalised) names: "lukashenko", "лукашенк", German genitive "lukaschenkos". */
export function knownSurname(norm: string): { entry: Entry; genitive: boolean } | null {
  const entry = SHORT.get(norm);
  if (entry) return { entry, genitive: false };
  const cut = norm.endsWith('s') && LATIN.test(norm) ? SHORT.get(norm.slice(0, -1)) : undefined;
  return cut ? { entry: cut, genitive: true } : null;
}

/** The gazetteer entry a typed name is, of the kind asked, for entityKey. */
export function lookupName(kind: EntityKind, name: string): Entry | null {
  if (HAN.test(name)) withChinesePlaces();
  const tokens = tokenize(name);
  if (tokens.length === 0) return null;
  // A name alone may be in a German case ("Niederlanden", "Baden-Württembergs"), which only a capitalising language's rules read.
  const last = tokens[tokens.length - 1]!.norm;
  const cased = tokens.length > 1 ? last.endsWith('s') : last.endsWith('en');
  const m = matchGazetteer(tokens, 0) ?? (cased ? matchGazetteer(tokens, 0, true) : null);
  if (m && m.end === tokens.length && m.entry.kind === kind) return m.entry;
  if (kind === 'person' && tokens.length === 1) return knownSurname(tokens[0]!.norm)?.entry ?? null;
  return null;
}
