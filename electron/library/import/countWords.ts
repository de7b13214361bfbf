const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const OTHER = 1;
const WORD_CHAR = 2;
/** A word of its own, and a word character inside a run of letters ("a漢" is one word, "漢a" two). */
const CJK_CHAR = 3;

/** Each BMP code point's class once seen (0: not looked up yet); the few beyond it are looked up each time. */
const classes = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) classes[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD_CHAR : OTHER;

function classOf(cp: number): number {
  if (cp < 0x10000 && classes[cp] !== 0) return classes[cp]!;
  const ch = String.fromCodePoint(cp);
  const found = CJK.test(ch) ? CJK_CHAR : LETTER_OR_DIGIT.test(ch) ? WORD_CHAR : OTHER;
  if (cp < 0x10000) classes[cp] = found;
  return found;
}

const isJoiner = (cp: number) => cp === 0x27 || cp === 0x2019 || cp === 0x2d;

/**
 * The words of a text: each Han, Hiragana or Katakana character alone, since those scripts do not separate words
 * with spaces, and each run of letters and digits, runs joined by an apostrophe or a hyphen counting as one (what
 * /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu matches).
 * Read once without building a match per word: an import counts the words of every article, and the matches
 * cost more than the rest of its word count.
 */
export function countWords(text: string): number {
  let n = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const cp = text.codePointAt(i)!;
    const kind = classOf(cp);
    i += cp > 0xffff ? 2 : 1;
    if (kind === OTHER) continue;
    n++;
    if (kind === CJK_CHAR) continue;
    // The rest of the run of letters and digits, then each joiner followed by another run.
    for (;;) {
      i = runEnd(text, i);
      if (i + 1 >= length || !isJoiner(text.charCodeAt(i)) || classOf(text.codePointAt(i + 1)!) === OTHER) break;
      i++;
    }
  }
  return n;
}

/** Where the run of letters and digits at `i` ends. */
function runEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (classOf(cp) === OTHER) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}
