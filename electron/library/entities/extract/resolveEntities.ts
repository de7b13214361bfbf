import { entityKey, foldName } from './entityKey';
import { CHINESE_SURNAMES, LEADER_ROLES, STOPWORDS, knownSurname, type Entry } from './lookup';
import type { Hit } from './hit';
import type { Token } from './tokenize';
import type { FoundEntity } from './types';

interface Group {
  entry: Entry;
  hits: Hit[];
  countries: Set<string>;
  roles: Set<string>;
}

const LATIN = /^[a-z]/;
const CYRILLIC = /[\u0400-\u04FF]/;

/** Of a name's spellings in several cases, the most frequent, else the shortest: a man's nominative has no ending ("Тимур Билялов"). */
function nominative(forms: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0];
}
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

/** The words that name a person alone: the surname, which Chinese names put first. */
function surnameOf(words: readonly string[]): string {
  return words.length === 2 && CHINESE_SURNAMES.has(words[0]!) ? words[0]! : words[words.length - 1]!;
}

/**
 * Document-level resolution: a later "Lukashenko" or "the Belarusian leader" is the Alexander
 * Lukashenko named earlier; unknown names are grouped by their folded spelling.
 */
export function resolveEntities(text: string, tokens: readonly Token[], hits: readonly Hit[]): FoundEntity[] {
  const groups = new Map<Entry, Group>();
  const unknown = new Map<string, Entry>();
  const bySurname = new Map<string, Group[]>();
  /** The spellings of a name in Russian's cases ("Тимура Билялова", "Тимур Билялов"), of which one is shown. */
  const surfaces = new Map<Entry, string[]>();
  const wordsOf = new Map<Entry, readonly string[]>();
  /** "Okafor-Lehmann" after "Ngozi Okafor-Lehmann": the last words of a longer name named before are that person. */
  const endOfLonger = (words: readonly string[]): Entry | undefined => {
    for (const [entry, longer] of wordsOf) {
      if (longer.length > words.length && words.every((w, k) => longer[longer.length - words.length + k] === w)) return entry;
    }
    return undefined;
  };

  const join = (entry: Entry, h: Hit): Group => {
    let g = groups.get(entry);
    if (!g) {
      g = { entry, hits: [], countries: new Set(), roles: new Set() };
      if (entry.country) g.countries.add(entry.country);
      if (entry.role) g.roles.add(entry.role);
      groups.set(entry, g);
    }
    g.hits.push(h);
    if (h.country) g.countries.add(h.country);
    if (h.role) g.roles.add(h.role);
    return g;
  };
  const surname = (word: string, g: Group): void => {
    const list = bySurname.get(word) ?? [];
    if (!list.includes(g)) list.push(g);
    bySurname.set(word, list);
  };
  /** Of several people with one surname, the one named last before this point. */
  const nearest = (list: readonly Group[], at: number): Group => {
    let best = list[0]!;
    let bestAt = -1;
    for (const g of list) for (const h of g.hits) if (h.start < at && h.start > bestAt) [best, bestAt] = [g, h.start];
    return best;
  };

  for (const h of hits) {
    if (h.descriptor || (h.kind === 'person' && !h.entry && h.words.length < 2)) continue;
    let entry = h.entry;
    if (!entry) {
      const surface = text.slice(h.start, h.end);
      const key = entityKey('person', h.words.join(' '));
      entry = unknown.get(key) ?? endOfLonger(h.words) ?? { kind: 'person', name: surface, country: null, role: null };
      if (!wordsOf.has(entry)) wordsOf.set(entry, h.words);
      if (CYRILLIC.test(surface)) surfaces.set(entry, [...(surfaces.get(entry) ?? []), surface]);
      else if (surface.length > entry.name.length) entry.name = surface;
      unknown.set(key, entry);
    }
    const g = join(entry, h);
    if (h.kind === 'person' && h.words.length > 0) {
      surname(surnameOf(h.words), g);
      // "Abdulaziz bin Salman" is "Prince Abdulaziz" later: with a patronymic, the given name names the person alone.
      if (h.words.length > 2 && PATRONYMIC.has(h.words[1]!)) surname(h.words[0]!, g);
    }
  }

  for (const [entry, forms] of surfaces) entry.name = nominative(forms);

  for (const h of hits) {
    if (h.kind !== 'person' || h.entry || h.words.length !== 1) continue;
    const word = h.words[0]!;
    const list = bySurname.get(word);
    if (list) join(nearest(list, h.start).entry, h);
    else {
      const entry = knownSurname(word)?.entry ?? unknown.get(word) ?? { kind: 'person', name: text.slice(h.start, h.end), country: null, role: null };
      unknown.set(word, entry);
      surname(word, join(entry, h));
    }
  }

  const covered = new Uint8Array(text.length);
  for (const h of hits) covered.fill(1, h.start, h.end);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.caps || covered[t.start] === 1 || STOPWORDS.has(t.norm) || startsLongerName(tokens, k)) continue;
    const cut = LATIN.test(t.norm) && t.norm.endsWith('s') ? t.norm.slice(0, -1) : '';
    const list = bySurname.get(t.norm) ?? (cut ? bySurname.get(cut) : undefined);
    const known = list ? null : t.norm.length >= 4 ? knownSurname(t.norm) : null;
    if (!list && !known) continue;
    const genitive = list ? !bySurname.has(t.norm) : known!.genitive;
    const h: Hit = {
      kind: 'person',
      start: t.start,
      end: t.end - (genitive ? 1 : 0),
      entry: null,
      words: [t.norm],
      country: null,
      role: null,
      descriptor: false,
    };
    surname(t.norm, join(list ? nearest(list, t.start).entry : known!.entry, h));
  }

  for (const h of hits) {
    if (!h.descriptor || !h.country || !h.role) continue;
    const leader = h.role.split(' ').some((w) => LEADER_ROLES.has(w));
    const fits = [...groups.values()].filter(
      (g) =>
        g.entry.kind === 'person' &&
        g.countries.has(h.country!) &&
        [...g.roles].some((r) => (leader ? r === 'leader' || r.split(' ').some((w) => LEADER_ROLES.has(w)) : r === h.role)),
    );
    if (fits.length > 0) join(nearest(fits, h.start).entry, h);
  }

  return [...groups.values()].map(toEntity(text)).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * "Cai Xiaohongmei": a Chinese surname followed by a given name nobody recognised is that other person, not the one
 * named before. (Other surnames are followed by capitalised nouns in German: "Lukaschenkos Regierung".)
 */
function startsLongerName(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return CHINESE_SURNAMES.has(tokens[k]!.norm) && next !== undefined && next.join === 'space' && next.cap && !next.caps && !STOPWORDS.has(next.norm);
}

const toEntity =
  (text: string) =>
  (g: Group): FoundEntity => {
    const mentions = g.hits
      .map((h) => ({ start: h.start, end: h.end, text: text.slice(h.start, h.end) }))
      .sort((a, b) => a.start - b.start)
      .filter((m, k, all) => k === 0 || m.start !== all[k - 1]!.start);
    const name = withDiacritics(text, g);
    const aliases = new Set<string>();
    for (const h of g.hits) {
      const surface = text.slice(h.start, h.end);
      if (!h.descriptor && surface.toLowerCase() !== name.toLowerCase()) aliases.add(surface);
    }
    return { key: entityKey(g.entry.kind, name), kind: g.entry.kind, name, aliases: [...aliases], mentions };
  };

const LATIN_DIACRITIC = /[\u00C0-\u024F]/;

/**
 * The name to show: the gazetteer's, or the text's own spelling of it where that only adds diacritics ("Brasília",
 * "Erdoğan"). Diacritics are folded for matching and keys, never for the name shown.
 */
function withDiacritics(text: string, g: Group): string {
  const name = g.entry.name;
  if (LATIN_DIACRITIC.test(name)) return name;
  for (const h of g.hits) {
    const surface = text.slice(h.start, h.end);
    if (!h.descriptor && surface.length === name.length && LATIN_DIACRITIC.test(surface) && foldName(g.entry.kind, surface) === foldName(g.entry.kind, name)) {
      return surface;
    }
  }
  return name;
}
