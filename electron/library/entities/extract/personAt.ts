/** People's names nobody listed, known by the evidence around them. */

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
  SPEECH_VERBS,
  STOPWORDS,
  nationality,
  type Entry,
  isRole,
} from './lookup';
import { isChineseGivenName, russianName, writtenInLowerCase } from './nameEvidence';
import type { OrgContext } from './nameShapes';
import { regionEnd } from './placeNames';
import { joined, type Token } from './tokenize';

const DIGIT = /\d/;
const CYRILLIC = /^[\u0400-\u04FF]/;
/** A Korean given name's second syllable ("Sang-soo"). */
const SYLLABLE = /^\p{Ll}{2,4}$/u;
/** A particle written onto the surname ("Viegas d'Abreu"). */
const ELIDED = /^d['’]\p{Lu}/u;

export interface PersonContext extends OrgContext {
  /** Words standing alone beside a verb of speech, as surnames do. */
  loneWords: ReadonlySet<string>;
  /** isNameWord on this text, made once so that every Russian name does not make it again. */
  nameWord: (i: number) => boolean;
}

/** A capitalised word that can be part of a person's name: no list's other kind of word, no known place or organisation. */
export function isNameWord(c: OrgContext, i: number): boolean {
  const t = c.tokens[i];
  if (!t || (!t.cap && !ELIDED.test(t.text)) || t.caps || DIGIT.test(t.text)) return false;
  if (STOPWORDS.has(t.norm) || CONNECTORS.has(t.norm) || GENERIC.has(t.norm) || ORG_HEADS.has(t.norm) || PLACE_HEADS.has(t.norm) || isRole(t) || nationality(t))
    return false;
  const g = c.match(i);
  return g === null || g.entry.kind === 'person';
}

/** After lower-case particles ("da", "von der", "bin", "al-"), the index of the name word they lead to, else -1. */
function particlesTo(c: PersonContext, k: number): number {
  const { tokens } = c;
  let j = k;
  while (joined(tokens[j]) && !tokens[j]!.cap && NAME_PARTICLES.has(tokens[j]!.norm)) j++;
  return j > k && joined(tokens[j]) && c.nameWord(j) ? j : -1;
}

const speech = (t: Token | undefined): boolean => t !== undefined && t.join === 'space' && SPEECH_VERBS.has(t.norm);
/** "Kane Williamson, who is recovering": a relative pronoun for people after a comma. */
const relative = (t: Token | undefined): boolean => t !== undefined && t.join === 'comma' && t.norm === 'who';
/** "said Marina Silva": the verb before the name. */
const speechBefore = (tokens: readonly Token[], i: number): boolean => tokens[i]!.join === 'space' && SPEECH_VERBS.has(tokens[i - 1]!.norm);

/** Cheap signs that the words from i may be a name nobody listed, checked before the gazetteer is asked again. */
function evidenceNear(c: PersonContext, i: number): boolean {
  const { tokens, loneWords } = c;
  if (i > 0 && speechBefore(tokens, i)) return true;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const u = tokens[k]!;
    if (SPEECH_VERBS.has(u.norm) || PERSON_PARTICLES.has(u.norm) || loneWords.has(u.norm) || relative(u)) return true;
  }
  return false;
}

/** The end of a name whose given name ends at `given`: up to `most` words, particles between them free. */
function nameRun(c: PersonContext, i: number, given: number, most: number): number {
  const { tokens } = c;
  let end = given;
  let words = given > i + 1 ? 1 : given - i;
  while (words < most) {
    // Where nouns are capitalised, "von der Linken" after a whole name is where the person is from, not more of the name.
    const after = c.nouns && words > 1 ? -1 : particlesTo(c, end);
    if (after > 0) end = after;
    else if (!(joined(tokens[end]) && c.nameWord(end))) break;
    // "Al-Khatib", "Berger-Lindström": hyphenated parts are one word of the name.
    if (tokens[end++]!.join !== 'hyphen') words++;
  }
  // A Korean given name's second syllable ("Hong Sang-soo").
  return tokens[end]?.join === 'hyphen' && SYLLABLE.test(tokens[end]!.text) ? end + 1 : end;
}

/**
 * A person's name starting at token i: known, Chinese, after a given name, or any name-like words with evidence
 * (a title before them, a particle such as "bin" inside, a verb of speech beside them). Hyphenated given names
 * ("Anna-Lena") and particles ("Maria da Conceição Tavares", "Ursula von der Leyen") stay in the name.
 */
export function personAt(c: PersonContext, i: number, titled: boolean): { start: number; end: number; entry: Entry | null } | null {
  const { tokens } = c;
  const t = tokens[i]!;
  if (!t.cap || t.caps || regionEnd(tokens, i) > 0) return null;
  const g = c.match(i);
  if (g) return g.entry.kind === 'person' ? { start: i, end: g.end, entry: g.entry } : null;
  const next = tokens[i + 1];
  const surname = CHINESE_SURNAMES.has(t.norm) || AMBIGUOUS_SURNAMES.has(t.norm);
  // Not a vessel's or a craft's name and number ("the trawler Meng Xin 7").
  const numbered = tokens[i + 2]?.join === 'space' && DIGIT.test(tokens[i + 2]!.text);
  if (surname && next?.join === 'space' && c.nameWord(i + 1) && isChineseGivenName(t, next) && !numbered) {
    return { start: i, end: tokens[i + 2]?.join === 'hyphen' && SYLLABLE.test(tokens[i + 2]!.text) ? i + 3 : i + 2, entry: null };
  }
  if (CYRILLIC.test(t.norm)) {
    const name = russianName(tokens, i, c.nameWord, titled, evidenceNear(c, i));
    return name && { start: name[0], end: name[1], entry: null };
  }
  if (!titled && !FIRST_NAMES.has(t.norm) && !evidenceNear(c, i)) return null;
  if (!c.nameWord(i)) return null;
  const given = next?.join === 'hyphen' && c.nameWord(i + 1) ? i + 2 : i + 1;
  const particle = PERSON_PARTICLES.has(tokens[given]?.norm ?? '') && particlesTo(c, given) > 0;
  const evidence = titled || particle || FIRST_NAMES.has(t.norm) || (i > 0 && speechBefore(tokens, i));
  if (!evidence) {
    // Without a title or a known given name: a verb of speech right after the name ("Jacinda Ardern said"), or its
    // last word standing alone elsewhere, as a surname does ("… Ardern added").
    // A word the text also writes in lower case ("Asked Palmer", "Neither Mantle") or a title before a known given
    // name ("Controller Alexander Hemphill": the name starts after it) does not begin a name.
    if (SPEECH_VERBS.has(t.norm) || FIRST_NAMES.has(tokens[given]?.norm ?? '')) return null;
    const run = nameRun(c, i, given, 3);
    const shown = run - given >= 1 && (speech(tokens[run]) || c.loneWords.has(tokens[run - 1]!.norm) || relative(tokens[run]));
    return shown && !writtenInLowerCase(tokens, t.norm) ? { start: i, end: run, entry: null } : null;
  }
  if (!titled && !(joined(tokens[given]) && (c.nameWord(given) || particlesTo(c, given) > 0))) return null;
  return { start: i, end: nameRun(c, i, given, t.headline && titled ? 1 : 3), entry: null };
}
