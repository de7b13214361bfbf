import { matchGazetteer, type Entry, type Match } from './lookup';
import { capitalisesNouns, surnamesBesideSpeech } from './nameEvidence';
import { headSpan } from './headSpan';
import { newHit, type Hit } from './hit';
import { orgNameEnd, placeNameEnd, quotedNameEnd, streetNameEnd } from './nameShapes';
import { isNameWord, personAt, type PersonContext } from './personAt';
import { hyphenPlaceEnd, oneWordPlace, placeCompoundEnd } from './placeCompounds';
import { datelinePlaceEnd, partOfPlace, placesRepeated, venueOfPlaceEnd } from './placeEvidence';
import { placeKey, placeNamed, regionEnd, spanWords } from './placeNames';
import { titledNameEnd } from './titledName';
import type { Token } from './tokenize';
import type { EntityKind } from './types';

// General-purpose NER (compromise and the like) misses Chinese names and takes titles for people
// in this news; these rules use what the domain offers instead: titles before names, gazetteer
// names, Chinese surname + pinyin given name, known given names, and organisation head nouns.

export function scanText(tokens: readonly Token[], language: string | null = null, text = ''): Hit[] {
  const hits: Hit[] = [];
  /** This text's names nobody listed, organisations' and places' alike: one entry for all of a name's mentions. */
  const named = new Map<string, Entry>();
  const acronyms = new Map<string, Entry>();
  /** One-word places this text names with evidence, by key, for their later mentions without it. */
  const evidenced = new Map<string, Entry>();
  const n = tokens.length;
  const nouns = capitalisesNouns(language);
  // Several rules ask about the same word: each is looked up once (undefined: not yet asked).
  const matched: (Match | null | undefined)[] = new Array<Match | null | undefined>(n);
  const match = (i: number): Match | null => (matched[i] !== undefined ? matched[i] : (matched[i] = matchGazetteer(tokens, i, nouns)));
  const c: PersonContext = { tokens, text, match, nouns, loneWords: surnamesBesideSpeech(tokens, language), nameWord: (k) => isNameWord(c, k) };

  const hit = (kind: EntityKind, from: number, to: number, entry: Entry | null, genitive = false): Hit => {
    const h = newHit(tokens, kind, from, to, entry, genitive);
    hits.push(h);
    return h;
  };

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
    const quoted = quotedNameEnd(c, i);
    if (quoted) {
      const name = text.slice(t.start, tokens[quoted.end - 1]!.end);
      const entry = named.get(name) ?? { kind: quoted.kind, name, country: null, role: null };
      named.set(name, entry);
      hit(quoted.kind, i, quoted.end, entry);
      i = quoted.end;
      continue;
    }
    const org = t.cap && !(t.caps ? acronyms.has(t.text) : match(i)) ? orgNameEnd(c, i) : -1;
    if (org > i) {
      const name = text.slice(t.start, tokens[org - 1]!.end);
      const entry = named.get(name) ?? { kind: 'org', name, country: null, role: null };
      named.set(name, entry);
      if (t.caps) acronyms.set(t.text, entry);
      hit('org', i, org, entry);
      i = abbreviationAfter(org, entry);
      continue;
    }
    const titled = titledNameEnd(c, i, hits);
    if (titled > i) {
      i = titled;
      continue;
    }
    if (!t.cap) {
      const street = streetNameEnd(tokens, i);
      if (street > i) hit('place', i, street, placeNamed(named, spanWords(tokens, i, street)));
      i = Math.max(street, i + 1);
      continue;
    }
    const known = t.caps ? acronyms.get(t.text) : undefined;
    if (known) {
      hit('org', i, i + 1, known);
      i++;
      continue;
    }
    const region = regionEnd(tokens, i);
    if (region > 0 && !match(i)) {
      hit('place', i, region, placeNamed(named, spanWords(tokens, i, region)));
      i = region;
      continue;
    }
    const compound = hyphenPlaceEnd(tokens, i);
    if (compound > i) {
      hit('place', i, compound, placeNamed(named, text.slice(t.start, tokens[compound - 1]!.end), placeKey(tokens, i, compound)));
      i = compound;
      continue;
    }
    const g = match(i);
    const h = headSpan(c, i);
    // "Berlinale Palast", "Allianz Arena": a longer name ending in a venue's noun is a place, whoever the first word names.
    if (h && (!g || (h.end > g.end && (g.entry.kind === 'place' || (h.kind === 'place' && g.entry.kind === 'org'))))) {
      const name = spanWords(tokens, i, h.end);
      const entry = named.get(name) ?? { kind: h.kind, name, country: null, role: null };
      named.set(name, entry);
      hit(h.kind, i, h.end, entry);
      i = h.kind === 'org' ? abbreviationAfter(h.end, entry) : h.end;
      continue;
    }
    if (g && g.entry.kind !== 'person') {
      const whole = g.entry.kind === 'place' && !g.genitive ? placeCompoundEnd(tokens, g.end, match) : g.end;
      if (whole > g.end) {
        const entry = placeNamed(named, text.slice(t.start, tokens[whole - 1]!.end), placeKey(tokens, i, whole));
        // "Duisburg-Marxloh" … "in Marxloh": the district is named alone later.
        if (tokens[g.end]!.join === 'hyphen') evidenced.set(tokens[g.end]!.norm, entry);
        hit('place', i, whole, entry);
        i = whole;
        continue;
      }
      hit(g.entry.kind, i, g.end, g.entry, g.genitive);
      i = g.entry.kind === 'org' ? abbreviationAfter(g.end, g.entry) : g.end;
      continue;
    }
    const p = personAt(c, i, false);
    if (p) {
      const h = hit('person', p.start, p.end, p.entry);
      for (let k = p.start; k < p.end; k++) h.words.push(tokens[k]!.norm);
      i = p.end;
      continue;
    }
    const last = hits.at(-1);
    const place = c.loneWords.has(t.norm)
      ? -1
      : partOfPlace(t, nouns) || oneWordPlace(t, tokens[i - 1], nouns)
        ? i + 1
        : Math.max(
            placeNameEnd(c, i, last?.kind === 'place' && i > 1 && last.end === tokens[i - 2]!.end),
            datelinePlaceEnd(tokens, i, text),
            venueOfPlaceEnd(tokens, i, last),
          );
    if (place > i) {
      const name = text.slice(t.start, tokens[place - 1]!.end);
      const entry = placeNamed(named, name, placeKey(tokens, i, place));
      if (place === i + 1) evidenced.set(t.norm, entry);
      hit('place', i, place, entry);
      i = place;
      continue;
    }
    i++;
  }
  return placesRepeated(tokens, hits, evidenced);
}
