import { detached } from './detached';
import { lookupName } from './lookup';
import type { EntityKind } from './types';

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ў: 'u',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};
const CYRILLIC_LETTER = /[\u0400-\u04FF]/g;
const MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\d]+/gu;

// Transliterations of one Slavic name differ by convention, not by sound (German "sch" and "w",
// English "kh" and "ks", Belarusian "-ei"): folding these makes "Lukaschenko", "Лукашенко" and
// "Lukashenko", or "Khrenin" and "Хренин", one key.
const SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/kh/g, 'h'],
  [/ks/g, 'x'],
  [/w/g, 'v'],
  [/(\p{L})\1/gu, '$1'],
  [/(?:iy|ii|ij)\b/g, 'i'],
  [/([^aeiouy ])y\b/g, '$1i'],
  [/ey\b/g, 'ei'],
];

/** Given names whose transliterations differ by more than spelling folds (after folding). */
const GIVEN_NAMES: Record<string, string> = {
  alexandr: 'alexander',
  alyaxandr: 'alexander',
  aliaxandr: 'alexander',
  alexandre: 'alexander',
  siarhei: 'sergei',
  dzmitri: 'dmitri',
  uladzimir: 'vladimir',
  mikalai: 'nikolai',
  aleh: 'oleg',
  ihar: 'igor',
  volha: 'olga',
  victor: 'viktor',
  natalia: 'natalya',
  sviatlana: 'svetlana',
};

/**
 * Vowels that spellings of one East Slavic name write differently: Belarusian writes an unstressed о as "a"
 * ("Sabalenka", Russian "Соболенко"; "Lukashenka", "Лукашенко"), and ы and и come out in Latin as "y" or "i" ("Aryna",
 * "Арина"). So "o" becomes "a" and "y" becomes "i", in every word but the last letter of a given name: Mario and Maria,
 * Paolo and Paola, stay two people. Short names keep apart by their other letters ("Mo Yan" and "Ma Yan", "Li" and "Lu").
 */
function foldVowels(s: string): string {
  const words = s.split(' ');
  const fold = (w: string) => w.replace(/o/g, 'a').replace(/y/g, 'i');
  return words.map((w, i) => (i === words.length - 1 ? fold(w) : fold(w.slice(0, -1)) + w.slice(-1))).join(' ');
}

/** Lower-case Latin words in which spelling variants of a name coincide (places and organisations rely on the gazetteer instead). */
export function foldName(kind: EntityKind, name: string): string {
  let s = name.toLowerCase().replace(CYRILLIC_LETTER, (c) => CYRILLIC_TO_LATIN[c] ?? c);
  s = s.normalize('NFD').replace(MARKS, '').replace(NOT_WORD, ' ').trim();
  if (kind !== 'person') return s;
  for (const [pattern, replacement] of SPELLING) s = s.replace(pattern, replacement);
  const space = s.indexOf(' ');
  const first = space < 0 ? s : s.slice(0, space);
  const given = GIVEN_NAMES[first];
  return foldVowels(given === undefined ? s : given + s.slice(first.length));
}

/**
 * Keys already made: articles name the same people and places again and again, and a key costs a gazetteer look-up and
 * a dozen replacements. Emptied when full.
 */
const KEYS = new Map<string, string>();
const MOST_KEYS = 20_000;

/** The library-wide identity of a name of a kind: equal keys = one entity (used to merge across articles and for user-typed names). */
export function entityKey(kind: EntityKind, name: string): string {
  const asked = `${kind}:${name}`;
  let key = KEYS.get(asked);
  if (key === undefined) {
    const known = lookupName(kind, name);
    key = detached(`${kind}:${foldName(kind, known ? known.name : name)}`);
    if (KEYS.size >= MOST_KEYS) KEYS.clear();
    KEYS.set(detached(asked), key);
  }
  return key;
}
