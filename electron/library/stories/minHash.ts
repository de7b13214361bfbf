/**
 * MinHash signatures of an article's word shingles, to estimate how much text two articles of one language share
 * (a wire report and an outlet's copy of it, lightly edited). Written here rather than taken from a package: it is a
 * hash, a loop and a comparison, and the packages that offer it bring tokenizers and LSH indexes this does not need.
 * 32 minimums estimate a Jaccard similarity within about ±0.08, enough to tell shared wording (0.2 and up) from shared
 * topic (near 0). Each keeps only its low 16 bits (b-bit MinHash), 64 bytes an article: two different minimums agree
 * in them once in 65,536 times, which moves no estimate that matters.
 */
export const MINHASH_SIZE = 32; // a power of two: a shingle's bin is its hash's low bits
/** Words per shingle: three words in a row are rarely common to two texts unless one was written from the other. */
const SHINGLE = 3;
/** A bin no shingle fell in: all ones. */
const EMPTY = 0xffff;
// Scripts written without spaces (CJK, Thai) are read a character at a time.
const ONE_BY_ONE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const LETTER = /[\p{L}\p{N}]/u;
const UNKNOWN = 255;
/** Per UTF-16 unit: 0 not in a word, 1 in a word, 2 a word by itself; found by the regexes above on first sight. */
const KIND = new Uint8Array(0x10000).fill(UNKNOWN);

function kindOf(c: number): number {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  let kind = KIND[c] as number;
  if (kind === UNKNOWN) {
    const ch = String.fromCharCode(c);
    // Surrogates (letters beyond the first plane) are kept in words.
    kind = c >= 0xd800 && c < 0xe000 ? 1 : ONE_BY_ONE.test(ch) ? 2 : LETTER.test(ch) ? 1 : 0;
    KIND[c] = kind;
  }
  return kind;
}

/** A 32-bit avalanche (murmur3's finaliser): nearby inputs give unrelated outputs. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A unit lower-cased: ASCII, Latin-1 and Cyrillic capitals, which is what the languages read here need. */
function lower(c: number): number {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x410 && c <= 0x42f)) return c + 0x20;
  return c >= 0x400 && c <= 0x40f ? c + 0x50 : c;
}

/**
 * The text's words, lower-cased, each as its FNV-1a hash, in one pass over its UTF-16 units (a regular expression
 * over the text costs more than all the rest of placing an article).
 */
export function wordHashes(text: string): number[] {
  const words: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = kindOf(c);
    if (kind !== 1 && inWord) {
      words.push(h >>> 0);
      h = FNV_OFFSET;
      inWord = false;
    }
    if (kind === 2) words.push(Math.imul(FNV_OFFSET ^ c, FNV_PRIME) >>> 0);
    else if (kind === 1) {
      h = Math.imul(h ^ lower(c), FNV_PRIME);
      inWord = true;
    }
  }
  if (inWord) words.push(h >>> 0);
  return words;
}

/**
 * The signature, by one-permutation hashing: each shingle is hashed once, and falls in one of 32 bins by its hash;
 * each bin keeps the least hash it received. Two texts' bins agree about as often as 32 separate hash functions'
 * minimums would, for a 32nd of the hashing. A bin no shingle fell in stays all ones.
 */
export function minHash(text: string): Uint16Array {
  const words = wordHashes(text);
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  // A text shorter than a shingle is one shingle of what it has.
  const shingles = words.length === 0 ? 0 : Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < shingles; i++) {
    let shingle = 0;
    for (let j = i; j < Math.min(i + SHINGLE, words.length); j++) shingle = mix(shingle ^ (words[j] as number));
    const bin = shingle & (MINHASH_SIZE - 1);
    const value = shingle >>> 5;
    if (value < (signature[bin] as number)) signature[bin] = value;
  }
  return Uint16Array.from(signature, (value) => value & EMPTY);
}

/**
 * An article's signature, of its title and text: computed where the article is prepared (a parsing thread, on import)
 * or else by its placement, the same either way.
 */
export function articleSignature(title: string, body: string): Uint16Array {
  return minHash(`${title}\n${body}`);
}

/** The estimated Jaccard similarity of two signatures' shingle sets: the share of bins whose minimums agree. */
export function similarity(a: Uint16Array, b: Uint16Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k] && a[k] !== EMPTY) same++;
  return same / MINHASH_SIZE;
}

/** Stored as a blob of its bytes, read back the same way. */
export function signatureBytes(signature: Uint16Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureOf(bytes: Buffer): Uint16Array {
  const copy = new Uint8Array(bytes);
  return new Uint16Array(copy.buffer, 0, MINHASH_SIZE);
}
