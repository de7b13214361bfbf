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

/**
 * Capitalised words that stand alone beside a verb of speech ("… Ardern added", "said Ardern"): how a text repeats a
 * surname (unless the language capitalises every noun), and the words the text writes in lower case.
 */
export function capitalisation(tokens: readonly Token[], language: string | null): { lone: Set<string>; lower: Set<string> } {
  const nouns = language !== null && NOUNS_CAPITALISED.has(language);
  const lone = new Set<string>();
  const lower = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cap) lower.add(t.norm);
    if (nouns || !t.cap || t.caps || t.headline) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const alone = !(t.join === 'space' && prev?.cap) && !(next && (next.join === 'space' || next.join === 'hyphen') && next.cap);
    const spoken = (next?.join === 'space' && SPEECH_VERBS.has(next.norm)) || (t.join === 'space' && prev !== undefined && SPEECH_VERBS.has(prev.norm));
    if (alone && spoken) lone.add(t.norm);
  }
  return { lone, lower };
}
