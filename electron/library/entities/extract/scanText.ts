import {
  AMBIGUOUS_SURNAMES,
  CHINESE_SURNAMES,
  CONNECTORS,
  FIRST_NAMES,
  GENERIC,
  NAME_PARTICLES,
  ORG_HEADS,
  PERSON_PARTICLES,
  PLACE_HEADS,
  REGION_NOUNS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  STOPWORDS,
  matchGazetteer,
  isRoleHead,
  nationality,
  type Entry,
  type Match,
} from './lookup';
import { capitalisesNouns, isChineseGivenName, russianName, surnamesBesideSpeech, writtenInLowerCase } from './nameEvidence';
import { OF, headSpan } from './headSpan';
import { orgNameEnd, placeNameEnd, quotedNameEnd, streetNameEnd, type OrgContext } from './nameShapes';
import { hyphenPlaceEnd, placeCompoundEnd } from './placeCompounds';
import type { Token } from './tokenize';
import type { EntityKind } from './types';

// General-purpose NER (compromise and the like) misses Chinese names and takes titles for people
// in this news; these rules use what the domain offers instead: titles before names, gazetteer
// names, Chinese surname + pinyin given name, known given names, and organisation head nouns.

/** One name or description found in the text, before document-level resolution. */
export interface Hit {
  kind: EntityKind;
  /** Offsets into the text. */
  start: number;
  end: number;
  /** The gazetteer's (or this text's) entity; null for a person not yet resolved. */
  entry: Entry | null;
  /** Normalised words of a person's name. */
  words: string[];
  country: string | null;
  role: string | null;
  /** A description ("Belarusian leader") that names whoever fits it. */
  descriptor: boolean;
}

const DIGIT = /\d/;
const CYRILLIC = /^[\u0400-\u04FF]/;
/** A Korean given name's second syllable ("Sang-soo"). */
const SYLLABLE = /^\p{Ll}{2,4}$/u;
/** A particle written onto the surname ("Viegas d'Abreu"). */
const ELIDED = /^d['’]\p{Lu}/u;

const joined = (t: Token | undefined): t is Token => t !== undefined && (t.join === 'space' || t.join === 'hyphen');
const isRole = (t: Token): boolean => isRoleHead(t) || ROLE_MODIFIERS.has(t.norm);

export function scanText(tokens: readonly Token[], language: string | null = null, text = ''): Hit[] {
  const hits: Hit[] = [];
  const orgsByName = new Map<string, Entry>();
  const acronyms = new Map<string, Entry>();
  const n = tokens.length;
  const loneWords = surnamesBesideSpeech(tokens, language);
  const nouns = capitalisesNouns(language);
  // Several rules ask about the same word: each is looked up once (undefined: not yet asked).
  const matched: (Match | null | undefined)[] = new Array<Match | null | undefined>(n);
  const match = (i: number): Match | null => (matched[i] !== undefined ? matched[i] : (matched[i] = matchGazetteer(tokens, i, nouns)));
  const shapes: OrgContext = { tokens, text, match, nouns };

  const make = (kind: EntityKind, from: number, to: number, entry: Entry | null, genitive = false): Hit => ({
    kind,
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end - (genitive ? 1 : 0),
    entry,
    words: [],
    country: null,
    role: null,
    descriptor: false,
  });
  const hit = (kind: EntityKind, from: number, to: number, entry: Entry | null, genitive = false): Hit => {
    const h = make(kind, from, to, entry, genitive);
    hits.push(h);
    return h;
  };
  const gazetteer = (i: number): Match | null => (tokens[i]!.cap ? match(i) : null);

  const isNameWord = (i: number): boolean => {
    const t = tokens[i];
    if (!t || (!t.cap && !ELIDED.test(t.text)) || t.caps || DIGIT.test(t.text)) return false;
    if (
      STOPWORDS.has(t.norm) ||
      CONNECTORS.has(t.norm) ||
      GENERIC.has(t.norm) ||
      ORG_HEADS.has(t.norm) ||
      PLACE_HEADS.has(t.norm) ||
      isRole(t) ||
      nationality(t)
    )
      return false;
    const g = match(i);
    return g === null || g.entry.kind === 'person';
  };

  /** After lower-case particles ("da", "von der", "bin", "al-"), the index of the name word they lead to, else -1. */
  const particlesTo = (k: number): number => {
    let j = k;
    while (joined(tokens[j]) && !tokens[j]!.cap && NAME_PARTICLES.has(tokens[j]!.norm)) j++;
    return j > k && joined(tokens[j]) && isNameWord(j) ? j : -1;
  };
  const words = (from: number, to: number): string =>
    tokens
      .slice(from, to)
      .map((u) => u.text)
      .join(' ');
  /** "Новосибирской области": a capitalised adjective before a lower-case region noun is a region, never a name. */
  const regionAt = (i: number): number => {
    const next = tokens[i + 1];
    return next !== undefined && next.join === 'space' && !next.cap && REGION_NOUNS.has(next.norm) && tokens[i]!.cap && !tokens[i]!.caps ? i + 2 : -1;
  };
  const speech = (t: Token | undefined): boolean => t !== undefined && t.join === 'space' && SPEECH_VERBS.has(t.norm);

  /**
   * A person's name starting at token i: known, Chinese, after a given name, or any name-like words with evidence
   * (a title before them, a particle such as "bin" inside, a verb of speech beside them). Hyphenated given names
   * ("Anna-Lena") and particles ("Maria da Conceição Tavares", "Ursula von der Leyen") stay in the name.
   */
  const personAt = (i: number, titled: boolean): { start: number; end: number; entry: Entry | null } | null => {
    const t = tokens[i]!;
    if (!t.cap || t.caps || regionAt(i) > 0) return null;
    const g = match(i);
    if (g) return g.entry.kind === 'person' ? { start: i, end: g.end, entry: g.entry } : null;
    const next = tokens[i + 1];
    const surname = CHINESE_SURNAMES.has(t.norm) || AMBIGUOUS_SURNAMES.has(t.norm);
    // Not a vessel's or a craft's name and number ("the trawler Meng Xin 7").
    const numbered = tokens[i + 2]?.join === 'space' && DIGIT.test(tokens[i + 2]!.text);
    if (surname && next?.join === 'space' && isNameWord(i + 1) && isChineseGivenName(t, next) && !numbered) {
      return { start: i, end: tokens[i + 2]?.join === 'hyphen' && SYLLABLE.test(tokens[i + 2]!.text) ? i + 3 : i + 2, entry: null };
    }
    if (CYRILLIC.test(t.norm)) {
      const name = russianName(tokens, i, isNameWord, titled, evidenceNear(i));
      return name && { start: name[0], end: name[1], entry: null };
    }
    if (!titled && !FIRST_NAMES.has(t.norm) && !evidenceNear(i)) return null;
    if (!isNameWord(i)) return null;
    const given = next?.join === 'hyphen' && isNameWord(i + 1) ? i + 2 : i + 1;
    const particle = PERSON_PARTICLES.has(tokens[given]?.norm ?? '') && particlesTo(given) > 0;
    const evidence = titled || particle || FIRST_NAMES.has(t.norm) || (i > 0 && speechBefore(i));
    if (!evidence) {
      // Without a title or a known given name: a verb of speech right after the name ("Jacinda Ardern said"), or its
      // last word standing alone elsewhere, as a surname does ("… Ardern added").
      // A word the text also writes in lower case ("Asked Palmer", "Neither Mantle") or a title before a known given
      // name ("Controller Alexander Hemphill": the name starts after it) does not begin a name.
      if (SPEECH_VERBS.has(t.norm) || FIRST_NAMES.has(tokens[given]?.norm ?? '')) return null;
      const run = nameRun(i, given, 3);
      const shown = run - given >= 1 && (speech(tokens[run]) || loneWords.has(tokens[run - 1]!.norm) || relative(tokens[run]));
      return shown && !writtenInLowerCase(tokens, t.norm) ? { start: i, end: run, entry: null } : null;
    }
    if (!titled && !(joined(tokens[given]) && (isNameWord(given) || particlesTo(given) > 0))) return null;
    return { start: i, end: nameRun(i, given, t.headline && titled ? 1 : 3), entry: null };
  };
  /** Cheap signs that the words from i may be a name nobody listed, checked before the gazetteer is asked again. */
  const evidenceNear = (i: number): boolean => {
    if (i > 0 && speechBefore(i)) return true;
    for (let k = i + 1; k < Math.min(n, i + 5); k++) {
      const u = tokens[k]!;
      if (SPEECH_VERBS.has(u.norm) || PERSON_PARTICLES.has(u.norm) || loneWords.has(u.norm) || relative(u)) return true;
    }
    return false;
  };
  /** "Kane Williamson, who is recovering": a relative pronoun for people after a comma. */
  const relative = (t: Token | undefined): boolean => t !== undefined && t.join === 'comma' && t.norm === 'who';
  /** "said Marina Silva": the verb before the name. */
  const speechBefore = (i: number): boolean => tokens[i]!.join === 'space' && SPEECH_VERBS.has(tokens[i - 1]!.norm);
  /** The end of a name whose given name ends at `given`: up to `most` words, particles between them free. */
  const nameRun = (i: number, given: number, most: number): number => {
    let end = given;
    let words = given > i + 1 ? 1 : given - i;
    while (words < most) {
      // Where nouns are capitalised, "von der Linken" after a whole name is where the person is from, not more of the name.
      const after = nouns && words > 1 ? -1 : particlesTo(end);
      if (after > 0) end = after;
      else if (!(joined(tokens[end]) && isNameWord(end))) break;
      // "Al-Khatib", "Berger-Lindström": hyphenated parts are one word of the name.
      if (tokens[end++]!.join !== 'hyphen') words++;
    }
    // A Korean given name's second syllable ("Hong Sang-soo").
    return tokens[end]?.join === 'hyphen' && SYLLABLE.test(tokens[end]!.text) ? end + 1 : end;
  };

  /** "[Nationality|Place] Role [of Place] [,] Name", or without a name a description of someone. Returns the next index, or -1. */
  const titled = (i: number): number => {
    const found: Hit[] = [];
    const place = (from: number, m: Match): string => {
      found.push(make('place', from, m.end, m.entry, m.genitive));
      return m.entry.name;
    };
    let j = i;
    let country = nationality(tokens[i]!);
    if (country) j++;
    else if (!isRole(tokens[i]!)) {
      const g = gazetteer(i);
      if (!g || g.entry.kind !== 'place' || !joined(tokens[g.end]) || !isRole(tokens[g.end]!)) return -1;
      country = place(i, g);
      j = g.end;
    }
    const roleStart = j;
    if (j > i && !joined(tokens[j])) return -1;
    let head = false;
    while (j < n && (j === roleStart || joined(tokens[j])) && isRole(tokens[j]!)) head = isRoleHead(tokens[j++]!) || head;
    if (!head) return -1;
    const roleEnd = j;
    const role = tokens
      .slice(roleStart, roleEnd)
      .map((t) => t.norm)
      .join(' ');
    let ofPlace = false;
    const after = tokens[j];
    if (after && OF.has(after.norm) && joined(after)) {
      const k = tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
      const g = k < n ? gazetteer(k) : null;
      if (g && g.entry.kind === 'place') {
        country ??= place(k, g);
        j = g.end;
        ofPlace = true;
      }
    } else if (joined(after)) {
      const g = gazetteer(j);
      if (g && g.entry.kind === 'place') {
        country ??= place(j, g);
        j = g.end;
      }
    }
    // "Its lawyer, Kwame Asante-Darko, said": a lower-case role, then the name between commas.
    const apposition = tokens[j]?.join === 'comma' && !tokens[roleEnd - 1]!.cap;
    const person = j < n && (joined(tokens[j]) || (ofPlace && tokens[j]!.join === 'comma') || apposition) ? personAt(j, true) : null;
    const name = person && apposition && !ofPlace && tokens[person.end]?.join !== 'comma' ? null : person;
    if (name) {
      const h = make('person', name.start, name.end, name.entry);
      for (let k = name.start; k < name.end; k++) h.words.push(tokens[k]!.norm);
      found.push(h);
      j = name.end;
    } else if (country) {
      const h = make('person', i, roleEnd, null);
      h.descriptor = true;
      found.push(h);
    } else return -1;
    for (const h of found) {
      if (h.kind === 'person') {
        h.country = country;
        h.role = role;
      }
      hits.push(h);
    }
    return j;
  };

  /** This text's place of a name nobody listed, one for all its mentions. */
  const placeNamed = (name: string, key = name): Entry => {
    const entry = orgsByName.get(key) ?? { kind: 'place', name, country: null, role: null };
    orgsByName.set(key, entry);
    return entry;
  };
  /** A place's words as matched, so that its cases ("Орске", "Орска") are one place. */
  const placeKey = (from: number, to: number): string =>
    tokens
      .slice(from, to)
      .map((u) => u.norm)
      .join(' ');

  /** "Full Name (ABBR)": the abbreviation is another name of the same organisation. */
  const abbreviationAfter = (end: number, entry: Entry): number => {
    const a = tokens[end];
    if (!a || a.join !== 'comma' || !a.caps) return end;
    acronyms.set(a.text, entry);
    hit('org', end, end + 1, entry);
    return end + 1;
  };

  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    const quoted = quotedNameEnd(shapes, i);
    if (quoted) {
      const name = text.slice(t.start, tokens[quoted.end - 1]!.end);
      const entry = orgsByName.get(name) ?? { kind: quoted.kind, name, country: null, role: null };
      orgsByName.set(name, entry);
      hit(quoted.kind, i, quoted.end, entry);
      i = quoted.end;
      continue;
    }
    const org = t.cap && !(t.caps ? acronyms.has(t.text) : match(i)) ? orgNameEnd(shapes, i) : -1;
    if (org > i) {
      const name = text.slice(t.start, tokens[org - 1]!.end);
      const entry = orgsByName.get(name) ?? { kind: 'org', name, country: null, role: null };
      orgsByName.set(name, entry);
      if (t.caps) acronyms.set(t.text, entry);
      hit('org', i, org, entry);
      i = abbreviationAfter(org, entry);
      continue;
    }
    if (isRole(t) || nationality(t) || (t.cap && tokens[i + 1] && isRole(tokens[i + 1]!))) {
      const next = titled(i);
      if (next > i) {
        i = next;
        continue;
      }
    }
    if (!t.cap) {
      const street = streetNameEnd(tokens, i);
      if (street > i) hit('place', i, street, placeNamed(words(i, street)));
      i = Math.max(street, i + 1);
      continue;
    }
    const known = t.caps ? acronyms.get(t.text) : undefined;
    if (known) {
      hit('org', i, i + 1, known);
      i++;
      continue;
    }
    const region = regionAt(i);
    if (region > 0 && !match(i)) {
      hit('place', i, region, placeNamed(words(i, region)));
      i = region;
      continue;
    }
    const compound = hyphenPlaceEnd(tokens, i);
    if (compound > i) {
      hit('place', i, compound, placeNamed(text.slice(t.start, tokens[compound - 1]!.end), placeKey(i, compound)));
      i = compound;
      continue;
    }
    const g = match(i);
    const h = headSpan(shapes, i);
    if (h && (!g || (h.end > g.end && g.entry.kind === 'place'))) {
      const name = words(i, h.end);
      const entry = orgsByName.get(name) ?? { kind: h.kind, name, country: null, role: null };
      orgsByName.set(name, entry);
      hit(h.kind, i, h.end, entry);
      i = h.kind === 'org' ? abbreviationAfter(h.end, entry) : h.end;
      continue;
    }
    if (g && g.entry.kind !== 'person') {
      const whole = g.entry.kind === 'place' && !g.genitive ? placeCompoundEnd(tokens, g.end, match) : g.end;
      if (whole > g.end) {
        hit('place', i, whole, placeNamed(text.slice(t.start, tokens[whole - 1]!.end), placeKey(i, whole)));
        i = whole;
        continue;
      }
      hit(g.entry.kind, i, g.end, g.entry, g.genitive);
      i = g.entry.kind === 'org' ? abbreviationAfter(g.end, g.entry) : g.end;
      continue;
    }
    const p = personAt(i, false);
    if (p) {
      const h = hit('person', p.start, p.end, p.entry);
      for (let k = p.start; k < p.end; k++) h.words.push(tokens[k]!.norm);
      i = p.end;
      continue;
    }
    const last = hits.at(-1);
    const place = loneWords.has(t.norm) ? -1 : placeNameEnd(shapes, i, last?.kind === 'place' && i > 1 && last.end === tokens[i - 2]!.end);
    if (place > i) {
      const name = text.slice(t.start, tokens[place - 1]!.end);
      hit('place', i, place, placeNamed(name, placeKey(i, place)));
      i = place;
      continue;
    }
    i++;
  }
  return hits;
}
