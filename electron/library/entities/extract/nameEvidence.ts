/** Evidence in a text's words that capitalised words are a person's name. */

import { AMBIGUOUS_SURNAMES, FIRST_NAMES, REGION_NOUNS, SPEECH_VERBS } from './lookup';
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
 * surname (where the language capitalises every noun, only a word ending the clause after the verb). One look-up a word: the verbs are found first.
 */
export function surnamesBesideSpeech(tokens: readonly Token[], language: string | null): Set<string> {
  const lone = new Set<string>();
  const nouns = capitalisesNouns(language);
  const alone = (k: number): boolean => {
    const t = tokens[k];
    if (!t || !t.cap || t.caps || t.headline) return false;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    return !(t.join === 'space' && prev?.cap) && !(next && (next.join === 'space' || next.join === 'hyphen') && next.cap);
  };
  for (let k = 0; k < tokens.length; k++) {
    const join = tokens[k]!.join;
    if ((join !== 'space' && join !== 'comma') || !SPEECH_VERBS.has(tokens[k]!.norm)) continue;
    // Where every noun is capitalised, only a word that ends the clause after the verb ("…“, sagte Preuß.").
    if (!nouns && join === 'space' && alone(k - 1)) lone.add(tokens[k - 1]!.norm);
    if (tokens[k + 1]?.join === 'space' && alone(k + 1) && !(nouns && (tokens[k + 2]?.join === 'space' || tokens[k + 2]?.join === 'hyphen')))
      lone.add(tokens[k + 1]!.norm);
  }
  return lone;
}

/** Whether the text also writes the word in lower case ("asked", "neither"): then, capitalised, it only opens a sentence. */
export function writtenInLowerCase(tokens: readonly Token[], norm: string): boolean {
  return tokens.some((t) => !t.cap && t.norm === norm);
}

const PATRONYMIC = /(?:вич|вн|ичн)[а-я]{0,3}$/;

/**
 * Russian capitalises names and little else, so two or three capitalised words that no list knows are a person's name
 * ("Галина Шевчук", "Тимура Билялова", "Хамза Абди Салад"), with a patronymic in the middle ("Владимир Владимирович Путин").
 * Where a sentence begins, a capital says nothing: two words there need other evidence, and of more, the name is the
 * last two ("Пенсионерка Галина Шевчук"); so it is after a title, which a place in the genitive may follow ("Мэр Орска
 * Василий Козупица"). A region ("Оренбургской области") ends the run. Returns [start, end].
 */
export function russianName(
  tokens: readonly Token[],
  i: number,
  nameWord: (k: number) => boolean,
  titled: boolean,
  evidence: boolean,
): [number, number] | null {
  const starts: number[] = [];
  let k = i;
  while (k < tokens.length && starts.length < 4 && (k === i || tokens[k]!.join === 'space') && CYRILLIC.test(tokens[k]!.norm) && nameWord(k)) {
    const next = tokens[k + 1];
    if (next && next.join === 'space' && !next.cap && REGION_NOUNS.has(next.norm)) break;
    starts.push(k++);
    // "Юсупова-Хан", "Матерацци-Джулиани"
    while (tokens[k]?.join === 'hyphen' && tokens[k]!.cap && CYRILLIC.test(tokens[k]!.norm)) k++;
  }
  const opening = tokens[i]!.join === 'sentence';
  if (starts.length < 2) return null;
  if (starts.length === 2) return !opening || titled || evidence ? [i, k] : null;
  const middle = starts.findIndex((at, n) => n > 0 && n < starts.length - 1 && PATRONYMIC.test(tokens[at]!.text.toLowerCase()));
  const end = (n: number): number => starts[n] ?? k;
  if (middle > 0) return [starts[middle - 1]!, end(middle + 2)];
  // A known given name second: the first word is not part of the name ("глава Роскосмоса Юрий Борисов").
  const given = FIRST_NAMES.has(tokens[starts[1]!]!.norm) && !FIRST_NAMES.has(tokens[i]!.norm);
  const from = opening || titled || given || starts.length > 3 ? starts.length - 2 : 0;
  return [starts[from]!, k];
}
