/**
 * GeoNames writes the cities of Russia and Kazakhstan in a romanisation of their Russian names ("Orenburg", "Yekaterinburg",
 * "Baikonur"); this undoes it, so that a Russian text's "Оренбург" and "Байконура" find them. A soft sign the romanisation
 * dropped, or an ending it spelt another way, is cut anyway by the tokenizer's stem ("Perm" gives "Перм", which "Пермь" stems to).
 */

const VOWELS = 'аеёиоуыэюя';
/** Longest first, so "shch" is read before "sh" and "ch". */
const LETTERS: [string, string][] = [
  ['shch', 'щ'],
  ['kh', 'х'],
  ['zh', 'ж'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'ё'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['g', 'г'],
  ['d', 'д'],
  ['z', 'з'],
  ['i', 'и'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['ë', 'ё'],
  ["'", 'ь'],
  ['’', 'ь'],
  ['ʼ', 'ь'],
];

/** One word: "ye" and "e" are е inside a word and after a consonant, е and э where a word begins; "y" is й after a vowel, ы after a consonant. */
function word(latin: string): string | null {
  const s = latin.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length;) {
    const prev = out.at(-1);
    const afterVowel = prev === undefined || VOWELS.includes(prev) || prev === 'ь';
    if (s.startsWith('ye', i)) {
      out += 'е';
      i += 2;
      continue;
    }
    if (s[i] === 'e') {
      out += prev === undefined ? 'э' : 'е';
      i++;
      continue;
    }
    if (s[i] === 'y' && !['yu', 'ya', 'yo'].includes(s.slice(i, i + 2))) {
      out += afterVowel ? 'й' : 'ы';
      i++;
      continue;
    }
    const pair = LETTERS.find(([l]) => s.startsWith(l, i));
    if (!pair) return null;
    out += pair[1];
    i += pair[0].length;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** The Russian spelling of a romanised name ("Rostov-na-Donu" → "Ростов-на-Дону"), or null where it holds a letter the romanisation does not use. */
export function russianOf(latin: string): string | null {
  const parts = latin.split(/([ -])/);
  const out: string[] = [];
  for (const part of parts) {
    if (part === ' ' || part === '-') out.push(part);
    else {
      const w = word(part);
      if (w === null) return null;
      // Lower-case links of a name stay lower case ("Rostov-na-Donu").
      out.push(part === part.toLowerCase() ? w.toLowerCase() : w);
    }
  }
  return out.join('');
}
