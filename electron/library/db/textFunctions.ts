import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';

/**
 * Articles' bodies and blocks are stored deflated (`body_deflated`, `blocks_deflated`); `body` and `blocks` are virtual
 * columns that inflate them (m015), so every reader, the full-text indexes' snippets and the triggers that keep them
 * in sync see the text as before. These functions are registered on every connection that opens a library: without
 * them SQLite can neither read those columns nor write, nor VACUUM, the articles table.
 *
 * Raw deflate at its default level, measured on 2,000 generated articles of 4.2 KB: 0.40 of the text (level 1: 0.41;
 * Brotli at quality 5, its own dictionary of common words included: 0.38 for about twice deflate's compressing time).
 * No shared dictionary of our own: one trained on a library's texts would fit the bench's corpus (drawn from one
 * book's sentences) far better than anyone's clippings, and would have to be kept in the file and never change.
 * node:zlib rather than fflate: its native inflate is three to four times faster on these small texts, and each row
 * of a results page inflates its body for the snippet. An empty text is stored as an empty blob, the columns' default.
 */
export function deflateText(text: string): Buffer {
  return text === '' ? Buffer.alloc(0) : deflateRawSync(Buffer.from(text, 'utf8'));
}

export function inflateText(stored: Buffer): string {
  return stored.length === 0 ? '' : inflateRawSync(stored).toString('utf8');
}

/**
 * Characters of the scripts written without spaces (Thai, Lao, Myanmar, Hangul, Khmer, kana, CJK ideographs, halfwidth
 * katakana), the trigram index holding every text with one: the ranges of m002's GLOB class, exactly, as the index's
 * triggers delete a text from it by the test that added it. Its ninth range starts at 豈 U+8C48, not at the
 * compatibility ideograph U+F900, so it takes in everything from there to U+FAFF (Yi, the private use area).
 */
const SPACELESS =
  /[\u0E00-\u0EFF\u1000-\u109F\u1100-\u11FF\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\u8C48-\uFAFF\uFF66-\uFF9F\u{20000}-\u{2FFFF}]/u;

/**
 * `deflate_text(text)` for writes, `inflate_text(blob)` for the virtual column (deterministic, as a generated column
 * requires), and `spaceless(text)`, 1 when a text holds SPACELESS characters, for the trigram index's triggers (m025).
 */
export function registerTextFunctions(db: Database): void {
  db.function('deflate_text', { deterministic: true }, (text: unknown) => (text === null ? null : deflateText(text as string)));
  db.function('inflate_text', { deterministic: true }, (stored: unknown) => (stored === null ? null : inflateText(stored as Buffer)));
  db.function('spaceless', { deterministic: true }, (text: unknown) => (typeof text === 'string' && SPACELESS.test(text) ? 1 : 0));
}
