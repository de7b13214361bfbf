/** Evidence in a text's words that capitalised words are a person's name. */

import { AMBIGUOUS_SURNAMES, SPEECH_VERBS } from './lookup';
import type { Token } from './tokenize';

const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)';
const PINYIN = new RegExp(`^${SYLLABLE}(?:['-]?${SYLLABLE})?$`);
const PINYIN_TWO = new RegExp(`^${SYLLABLE}['-]?${SYLLABLE}$`);
const CYRILLIC = /^[\u0400-\u04FF]/;

/** A Chinese given name after a surname: pinyin in Latin script (two syllables after an ambiguous surname), else Cyrillic after Cyrillic. */
export function isChineseGivenName(surname: Token, given: Token): boolean {
  if (CYRILLIC.test(given.norm)) return CYRILLIC.test(surname.norm);
  return (AMBIGUOUS_SURNAMES.has(surname.norm) ? PINYIN_TWO : PINYIN).test(given.norm);
}

/** German capitalises every noun, so a capitalised word standing alone there says nothing about a surname. */
const NOUNS_CAPITALISED = new Set(['de']);

/** Whether the language capitalises every noun (German), so capitals beside a word say little about names. */
export const capitalisesNouns = (language: string | null): boolean => language !== null && NOUNS_CAPITALISED.has(language);

/**
 * Capitalised words that stand alone beside a verb of speech ("… Ardern added", "said Ardern"): how a text repeats a
 * surname (none where the language capitalises every noun). One look-up a word: the verbs are found first.
 */
export function surnamesBesideSpeech(tokens: readonly Token[], language: string | null): Set<string> {
  const lone = new Set<string>();
  if (capitalisesNouns(language)) return lone;
  const alone = (k: number): boolean => {
    const t = tokens[k];
    if (!t || !t.cap || t.caps || t.headline) return false;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    return !(t.join === 'space' && prev?.cap) && !(next && (next.join === 'space' || next.join === 'hyphen') && next.cap);
  };
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.join !== 'space' || !SPEECH_VERBS.has(tokens[k]!.norm)) continue;
    if (alone(k - 1)) lone.add(tokens[k - 1]!.norm);
    if (tokens[k + 1]?.join === 'space' && alone(k + 1)) lone.add(tokens[k + 1]!.norm);
  }
  return lone;
}

/** Whether the text also writes the word in lower case ("asked", "neither"): then, capitalised, it only opens a sentence. */
export function writtenInLowerCase(tokens: readonly Token[], norm: string): boolean {
  return tokens.some((t) => !t.cap && t.norm === norm);
}
