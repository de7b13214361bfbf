import { ORGS } from './gazetteer/orgs';
import { PERSONS } from './gazetteer/persons';
import { PLACES } from './gazetteer/places';
import * as W from './gazetteer/words';
import { normWord, tokenize, type Token } from './tokenize';
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
export const LEADER_ROLES = wordSet(W.LEADER_ROLES);
export const STOPWORDS = wordSet(W.STOPWORDS);
export const ORG_HEADS = wordSet(W.ORG_HEADS);
export const PLACE_HEADS = wordSet(W.PLACE_HEADS);
export const REGION_NOUNS = wordSet(W.REGION_NOUNS);
export const GENERIC = wordSet(W.GENERIC);
export const CONNECTORS = wordSet(W.CONNECTORS);
export const FIRST_NAMES = wordSet(W.FIRST_NAMES);
export const CHINESE_SURNAMES = wordSet(W.CHINESE_SURNAMES);
export const AMBIGUOUS_SURNAMES = wordSet(W.AMBIGUOUS_SURNAMES);
export const NAME_PARTICLES = wordSet(W.NAME_PARTICLES);
export const PERSON_PARTICLES = wordSet(W.PERSON_PARTICLES);
export const SPEECH_VERBS = wordSet(W.SPEECH_VERBS);

const NATIONALITIES = new Map<string, string>();
for (const [country, words] of Object.entries(W.NATIONALITIES)) for (const w of wordSet(words)) NATIONALITIES.set(w, country);
const GERMAN_ENDING = /(?:e|en|er|es|em)$/;
const LATIN = /^[a-zäöüß]/;

/** The country a nationality adjective refers to ("Belarusian", "белорусского", "chinesische"), or null. */
export function nationality(t: Token): string | null {
  const hit = NATIONALITIES.get(t.norm);
  if (hit !== undefined || !LATIN.test(t.norm)) return hit ?? null;
  return NATIONALITIES.get(t.norm.replace(GERMAN_ENDING, '')) ?? null;
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
  const list = index.get(name.charAt(0)) ?? [];
  if (list.some((n) => n.name === name)) return;
  list.push({ name, entry });
  list.sort((a, b) => b.name.length - a.name.length);
  index.set(name.charAt(0), list);
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

export interface Match {
  entry: Entry;
  /** Index of the token after the match. */
  end: number;
  /** The last word carried a German genitive -s ("Chinas") that is not part of the name. */
  genitive: boolean;
}

const joined = (t: Token | undefined): t is Token => t !== undefined && (t.join === 'space' || t.join === 'hyphen');

/** The longest gazetteer name starting at token i. */
export function matchGazetteer(tokens: readonly Token[], i: number): Match | null {
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
  }
  if (best || max > 0 || !t.norm.endsWith('s') || t.norm.length < 5 || !LATIN.test(t.norm)) return best;
  const entry = PHRASES.get(t.norm.slice(0, -1));
  return entry ? { entry, end: i + 1, genitive: true } : null;
}

/** The longest name in `index` (the gazetteer's Chinese names unless another is given) written at text[i]. */
export function matchHan(
  text: string,
  i: number,
  index: ReadonlyMap<string, readonly { name: string; entry: Entry }[]> = HAN_NAMES,
): { entry: Entry; end: number } | null {
  const list = index.get(text.charAt(i));
  if (list) for (const n of list) if (text.startsWith(n.name, i)) return { entry: n.entry, end: i + n.name.length };
  return null;
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
  const tokens = tokenize(name);
  if (tokens.length === 0) return null;
  const m = matchGazetteer(tokens, 0);
  if (m && m.end === tokens.length && m.entry.kind === kind) return m.entry;
  if (kind === 'person' && tokens.length === 1) return knownSurname(tokens[0]!.norm)?.entry ?? null;
  return null;
}
