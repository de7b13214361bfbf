/**
 * Organisations whose names have no head noun ("Wellington Water", "Energy Aspects", "ЦИК", "Leefbaar Rotterdam"), known
 * by what the text says around them: a role between them and a person ("Athletics Kenya president Jackson Tuwei",
 * "директор Роскосмоса Юрий Борисов"), a person "of" them ("Amrita Sen of Energy Aspects", "Stadträtin X von der
 * Linken"), a role "of" them before a person ("Der Vorsitzende der Werbegemeinschaft, Hüseyin …"), a lower-case noun
 * saying what they are ("the Historic Pact coalition", "Mulago hospital"), "and" beside an organisation already found;
 * and, once known, the same words again anywhere in the text.
 */

import * as W from './gazetteer/words';
import { FIRST_NAMES, GENERIC, ORG_HEADS, STOPWORDS, isRole, nationality, type Entry } from './lookup';
import type { Hit } from './hit';
import { joined, type Token } from './tokenize';

const CYRILLIC = /^[\u0400-\u04FF]/;
/** One word alone before a role may be an adjective ("Presiding judge", "Uruguayan minister", "Conservative leader"). */
const ADJECTIVE = /(?:an|ese|ish|ic|ive|ing|al)$/;
/** What lower-case words say about the names around them; Russian bodies by their stems. */
const TRIGGERS = new Map<string, 'kind' | 'and' | 'score' | 'by' | 'body' | 'published' | 'announced'>([
  ...W.ORG_KINDS_AFTER.split(' ').map((w) => [w, 'kind'] as const),
  ...['and', 'und', 'и'].map((w) => [w, 'and'] as const),
  ...W.MATCH_VERBS.split(' ').map((w) => [w, 'score'] as const),
  ['by', 'by'] as const,
  ['published', 'published'] as const,
  ...['teilte', 'teilten'].map((w) => [w, 'announced'] as const),
  ...W.RU_BODY_STEMS.split(' ').map((w) => [w, 'body'] as const),
]);
/** A brand's capitals inside a word ("rescEU"). */
const MIXED_CASE = /^\p{Ll}+\p{Lu}/u;
/** A match's result in its sentence: a score ("1-0", "2:1") or a shoot-out. */
const SCORE = /\d\s?[-–:]\s?\d|penalt|Elfmeter/;
const OWNED = new Set(W.OWNED_BY.split(' '));
const EN_ORG_TYPES = new Set(W.EN_ORG_TYPES.split(' '));
/** "von der Linken", "vom Bund": after a person, where they work, as "of" says in English. */
const GERMAN_OF = new Set(['der', 'dem', 'vom']);
const ARTICLE_OF = new Set(['des', 'der']);

export function orgsByEvidence(tokens: readonly Token[], hits: Hit[], text: string, nouns: boolean): Hit[] {
  const n = tokens.length;
  /** The hit covering each token, by its index + 1 (0: none). */
  const cover = buffer(0, n);
  const firstToken = buffer(1, hits.length);
  for (let h = 0, k = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    while (k > 0 && tokens[k - 1]!.start >= hit.start) k--;
    while (k < n && tokens[k]!.end <= hit.start) k++;
    firstToken[h] = k;
    for (let m = k; m < n && tokens[m]!.start < hit.end; m++) cover[m] = h + 1;
  }
  const entries = new Map<string, Entry>();
  for (const h of hits) if (h.kind === 'org' && h.entry) entries.set(h.entry.name, h.entry);
  /** Words of the people found, which stand alone for them ("Plate's lawyer"). */
  const personWords = new Set<string>();
  for (const h of hits) if (h.kind === 'person') for (const w of h.words) personWords.add(w);
  const added: Hit[] = [];
  const dropped = new Set<number>();

  const free = (k: number): boolean => cover[k] === 0 || (cover[k]! <= hits.length && hits[cover[k]! - 1]!.kind === 'place');
  /** A word that may be part of an organisation's name: capitalised, not a function word, role, nationality or headline. */
  const nameWord = (k: number): boolean => {
    const t = tokens[k];
    return (
      t !== undefined &&
      (t.cap || MIXED_CASE.test(t.text)) &&
      !t.headline &&
      free(k) &&
      !STOPWORDS.has(t.norm) &&
      !isRole(t) &&
      nationality(t) === null &&
      !personWords.has(t.norm)
    );
  };
  /** Of a run [from, to), whether a word is more than a known place or a generic word ("Kenya", "National"). */
  const specific = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (cover[k] === 0 && !GENERIC.has(tokens[k]!.norm) && !ORG_HEADS.has(tokens[k]!.norm)) return true;
    return false;
  };
  /** The capitalised run ending before `end` ("Wellington Water"): its start, else -1. */
  const runBefore = (end: number, most = 4): number => {
    let k = end;
    // An owner ends before the name ("the European Union's rescEU programme", "Sweden's Northvolt Ventures").
    while (k > end - most && nameWord(k - 1) && (k === end || (joined(tokens[k]) && !tokens[k - 1]!.possessive))) k--;
    return k < end && specific(k, end) ? k : -1;
  };
  /** The capitalised run starting at `from` ("Leefbaar Rotterdam", "Empresa Portuaria Valparaíso"): its end, else -1. */
  const runAfter = (from: number, most = 4): number => {
    let k = from;
    while (k < from + most && nameWord(k) && (k === from || joined(tokens[k]))) k++;
    if (k < n && joined(tokens[k]) && tokens[k]!.cap) return -1;
    return k > from && specific(from, k) ? k : -1;
  };
  const org = (from: number, to: number, known?: Entry): void => {
    if (from < 0 || to <= from) return;
    const name = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    const entry = known ?? entries.get(name) ?? { kind: 'org', name, country: null, role: null };
    entries.set(name, entry);
    for (let k = from; k < to; k++) if (cover[k]! > 0 && cover[k]! <= hits.length) dropped.add(cover[k]! - 1);
    const hit: Hit = { kind: 'org', start: tokens[from]!.start, end: tokens[to - 1]!.end, entry, words: [], country: null, role: null, descriptor: false };
    added.push(hit);
    cover.fill(hits.length + added.length, from, to);
  };

  /** "Peñarol beat Flamengo 1-0", "Botafogo, who beat São Paulo on penalties", "Dortmund hat gegen Bayer Leverkusen mit 2:1 gewonnen": teams. */
  const match = (v: number): void => {
    let s0 = v;
    while (s0 > 0 && tokens[s0]!.join !== 'sentence') s0--;
    let s1 = v + 1;
    while (s1 < n && tokens[s1]!.join !== 'sentence') s1++;
    if (!SCORE.test(text.slice(tokens[v]!.end, tokens[s1 - 1]!.end))) return;
    const object = tokens[v + 1]?.norm === 'the' ? v + 2 : v + 1;
    if (joined(tokens[object])) org(object, runAfter(object, 3));
    const who = tokens[v - 1]?.norm === 'who' && tokens[v - 1]!.join === 'comma' ? v - 1 : v;
    // Where every noun is capitalised, the noun before the verb is the match ("Spitzenspiel"); the team opens the sentence.
    const subject = nouns ? -1 : runBefore(who, 3);
    if (subject >= 0 && (who < v || joined(tokens[v]))) org(subject, who);
    else if (tokens[s0]!.cap && !tokens[s0]!.headline) {
      const end = runAfter(s0, 3);
      if (end > s0 && !tokens[end]?.cap) org(s0, end);
    }
  };
  /** "a smelter owned by Boliden", "a consortium led by Trafigura", "led by Sweden's Northvolt Ventures". */
  const ownedBy = (by: number): void => {
    const verb = tokens[by - 1];
    if (!verb || !joined(tokens[by]) || !(OWNED.has(verb.norm) || (verb.norm === 'led' && EN_ORG_TYPES.has(tokens[by - 2]?.norm ?? '')))) return;
    let from = by + 1;
    if (tokens[from]?.possessive && cover[from]! > 0 && cover[from]! <= hits.length && hits[cover[from]! - 1]!.kind === 'place') from++;
    if (!joined(tokens[from]) || FIRST_NAMES.has(tokens[from]!.norm)) return;
    org(from, runAfter(from, 3));
  };
  /** "a paper published on Thursday in Nature Water": a journal of two words or more. */
  const publishedIn = (k: number): void => {
    for (let m = k + 1; m < Math.min(n, k + 5) && joined(tokens[m]) && (!tokens[m]!.cap || STOPWORDS.has(tokens[m]!.norm)); m++) {
      if (tokens[m]!.norm !== 'in') continue;
      const end = runAfter(m + 1, 3);
      if (end > m + 2) org(m + 1, end);
      return;
    }
  };
  /** "Das teilte Hafen Hamburg Marketing mit": a body of two words or more announcing something, its verb around it. */
  const announcedBy = (k: number): void => {
    const end = runAfter(k + 1, 4);
    if (end > k + 2 && tokens[end]!.norm === 'mit' && !joined(tokens[end + 1])) org(k + 1, end);
  };
  /** "с министерством цифровых технологий Узбекистана": a body in lower case, what it does, and its country. */
  const russianBody = (k: number): void => {
    let m = k + 1;
    while (m < k + 4 && joined(tokens[m]) && !tokens[m]!.cap && !STOPWORDS.has(tokens[m]!.norm)) m++;
    const place = cover[m]! > 0 && cover[m]! <= hits.length ? hits[cover[m]! - 1]! : null;
    if (m === k + 1 || !joined(tokens[m]) || !place || place.kind !== 'place') return;
    let end = m;
    while (end < n && cover[end] === cover[m]) end++;
    org(k, end);
  };

  for (let h = 0; h < hits.length; h++) {
    const p = hits[h]!;
    if (p.kind !== 'person' || p.descriptor) continue;
    const a = firstToken[h]!;
    let b = a;
    while (b < n && tokens[b]!.start < p.end) b++;
    const at = tokens[a]!;
    if (CYRILLIC.test(at.norm)) {
      // "председатель ЦИК Гиорги Каландаришвили", "директор Роскосмоса Юрий Борисов": a body in the genitive between a title and a name.
      const body = a - 1;
      const before = tokens[body - 1];
      if (joined(at) && nameWord(body) && cover[body] === 0 && joined(tokens[body]) && before && !before.cap && !STOPWORDS.has(before.norm)) org(body, a);
      continue;
    }
    // "Wellington Water chief executive Tonia Haskell"
    let r = a;
    while (r > 0 && joined(tokens[r]) && !tokens[r - 1]!.cap && isRole(tokens[r - 1]!)) r--;
    if (r < a && joined(tokens[r])) {
      const from = runBefore(r);
      if (from >= 0 && (r - from > 1 || tokens[from]!.caps || (tokens[from]!.join !== 'sentence' && !ADJECTIVE.test(tokens[from]!.norm)))) org(from, r);
    }
    // "Der Vorsitzende der Werbegemeinschaft, Hüseyin …": a role of one body, then the person.
    if (nouns && at.join === 'comma' && a >= 3 && ARTICLE_OF.has(tokens[a - 2]!.norm) && isRole(tokens[a - 3]!) && nameWord(a - 1) && cover[a - 1] === 0)
      org(a - 1, a);
    // "Amrita Sen of Energy Aspects", "Rodrigo Fuenzalida, chairman of …", "Franziska Riekewald von der Linken".
    let k = b;
    if (tokens[k]?.join === 'comma' && !tokens[k]!.cap && isRole(tokens[k]!)) k++;
    const of = tokens[k];
    if (!joined(of)) continue;
    if (of.norm === 'of') {
      // "Mark de Vries of Groen Links said": a name nobody listed "of" a person is not another person.
      const other = cover[k + 1]! > 0 && cover[k + 1]! <= hits.length ? hits[cover[k + 1]! - 1]! : null;
      let end = runAfter(k + 1);
      if (other?.kind === 'person' && !other.entry && other.start === tokens[k + 1]!.start && !FIRST_NAMES.has(tokens[k + 1]!.norm)) {
        end = k + 1;
        while (end < n && tokens[end]!.start < other.end) end++;
      }
      if (end > k + 2 || (end === k + 2 && tokens[k + 1]!.caps)) org(k + 1, end);
    } else if (nouns && (of.norm === 'von' || of.norm === 'bei') && GERMAN_OF.has(tokens[k + 1]?.norm ?? '')) {
      if (runAfter(k + 2, 1) === k + 3 && cover[k + 2] === 0) org(k + 2, k + 3);
    } else if (nouns && of.norm === 'vom' && runAfter(k + 1, 1) === k + 2 && cover[k + 1] === 0) org(k + 1, k + 2);
  }

  // One look-up a lower-case word finds the words that say what names around them are.
  const ands: number[] = [];
  for (let k = 1; k < n; k++) {
    const t = tokens[k]!;
    if (t.cap || !joined(t)) continue;
    const trigger = TRIGGERS.get(t.norm);
    if (trigger === undefined) continue;
    if (trigger === 'kind') org(runBefore(k, 3), k);
    else if (trigger === 'and') ands.push(k);
    else if (trigger === 'score') match(k);
    else if (trigger === 'by') ownedBy(k);
    else if (trigger === 'published') publishedIn(k);
    else if (trigger === 'announced') announcedBy(k);
    else russianBody(k);
  }
  // "Negotiators from Mercosur and the European Free Trade Association", "Trafigura and Mota-Engil" once one is known.
  const orgAt = (k: number): boolean => k >= 0 && k < n && cover[k]! > 0 && (cover[k]! > hits.length || hits[cover[k]! - 1]!.kind === 'org');
  for (const k of ands) {
    const next = tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
    // "… and the Finnish state fund Tesi": what describes the organisation after "and" is passed over.
    let described = next;
    while (
      described < next + 3 &&
      joined(tokens[described]) &&
      (!tokens[described]!.cap || nationality(tokens[described]!) !== null || ADJECTIVE.test(tokens[described]!.norm))
    )
      described++;
    if (orgAt(k - 1) && !orgAt(next) && !orgAt(described) && joined(tokens[next])) org(next, runAfter(next, 3));
    else if ((orgAt(next) || orgAt(described)) && !orgAt(k - 1)) {
      const from = runBefore(k, 3);
      if (from >= 0) org(from, k);
    }
  }

  if (added.length === 0) return hits;
  // The same words again, in any case, are the same organisation ("Peñarol … CONMEBOL fined Peñarol", "Роскосмоса … в Роскосмосе");
  // the distinctive word of one, after a generic word, names another ("Athletics Kenya … World Athletics"). One pass for all.
  const byFirst = new Map<string, { from: number; to: number; entry: Entry }[]>();
  const distinctive = new Set<string>();
  for (const h of added) {
    const from = tokenAt(tokens, h.start);
    let to = from;
    while (to < n && tokens[to]!.end <= h.end) to++;
    const list = byFirst.get(tokens[from]!.norm) ?? [];
    if (!list.some((o) => o.entry === h.entry && o.to - o.from === to - from)) list.push({ from, to, entry: h.entry! });
    byFirst.set(tokens[from]!.norm, list);
    if (to - from > 1) for (let k = from; k < to; k++) if (!GENERIC.has(tokens[k]!.norm)) distinctive.add(tokens[k]!.norm);
  }
  for (let k = 1; k < n; k++) {
    const t = tokens[k]!;
    if (!t.cap || cover[k]! > hits.length) continue;
    for (const o of byFirst.get(t.norm) ?? []) {
      let m = 1;
      const length = o.to - o.from;
      while (m < length && tokens[k + m]?.norm === tokens[o.from + m]!.norm && joined(tokens[k + m])) m++;
      if (k === o.from || m < length || (joined(tokens[k + m]) && tokens[k + m]!.cap)) continue;
      let clear = true;
      for (let j = k; j < k + m; j++) clear &&= free(j);
      if (clear) org(k, k + m, o.entry);
    }
    if (
      cover[k] === 0 &&
      distinctive.has(t.norm) &&
      joined(t) &&
      GENERIC.has(tokens[k - 1]!.norm) &&
      nameWord(k - 1) &&
      !(joined(tokens[k + 1]) && tokens[k + 1]!.cap)
    ) {
      org(k - 1, k + 1);
    }
  }
  return [...hits.filter((_, h) => !dropped.has(h)), ...added].sort((x, y) => x.start - y.start);
}

/** Two arrays kept between calls, cleared to the length asked: extraction runs for every article imported. */
const BUFFERS = [new Int32Array(4096), new Int32Array(256)];
function buffer(which: 0 | 1, length: number): Int32Array {
  if (BUFFERS[which]!.length < length) BUFFERS[which] = new Int32Array(length * 2);
  const b = BUFFERS[which]!.subarray(0, length);
  b.fill(0);
  return b;
}

/** The token starting at a character offset, else -1. */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === at) return mid;
    if (s < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
