import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * An earlier version's text, stored deflated with the next version's text as deflate's preset dictionary: what the two
 * share becomes back-references, so a version costs about what changed, as a diff would, without a diff format of our
 * own to apply. Measured on the seed articles and the parse fixtures (one sentence reworded, one paragraph added):
 * 2,689 bytes of text took 889 deflated alone, 360 as a line diff deflated, and 41 deflated against the next version
 * (3,940 → 1,768 / 394 / 49; a Russian 1,087 → 531 / 316 / 26). Deflate looks back 32 KB at most, so in a longer
 * article only the dictionary's last 32 KB helps; the rest is compressed as plain text.
 */
export function packVersion(text: string, next: string): Uint8Array {
  return deflateSync(strToU8(text), { level: 9, ...dictionary(next) });
}

/** The text packVersion packed against `next`, which must be the same next version's text. */
export function unpackVersion(packed: Uint8Array, next: string): string {
  return strFromU8(inflateSync(packed, dictionary(next)));
}

/** fflate refuses an empty dictionary; an empty next text has nothing to share anyway. */
function dictionary(next: string): { dictionary?: Uint8Array } {
  return next === '' ? {} : { dictionary: strToU8(next) };
}
