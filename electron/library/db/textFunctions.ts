import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';

/**
 * Articles' bodies are stored deflated (`articles.body_deflated`); `articles.body` is a virtual column that inflates
 * it (m015), so every reader, the full-text indexes' snippets and the triggers that keep them in sync see the text as
 * before. Both functions are registered on every connection that opens a library: without them `body` cannot be read.
 *
 * Raw deflate at its default level, measured on 2,000 generated articles of 4.2 KB: 0.40 of the text (level 1: 0.41;
 * Brotli at quality 5, its own dictionary of common words included: 0.38 for about twice deflate's compressing time,
 * so 4 % of the library for a few percent of the import). node:zlib rather than fflate: its native inflate is
 * several times faster for these small texts, and every snippet of a results page inflates a body.
 * An empty body is stored as an empty blob, the column's default.
 */
export function deflateText(text: string): Buffer {
  return text === '' ? Buffer.alloc(0) : deflateRawSync(Buffer.from(text, 'utf8'));
}

export function inflateText(stored: Buffer): string {
  return stored.length === 0 ? '' : inflateRawSync(stored).toString('utf8');
}

/** `deflate_text(text)` for writes and `inflate_text(blob)` for the virtual column; deterministic, as a generated column requires. */
export function registerTextFunctions(db: Database): void {
  db.function('deflate_text', { deterministic: true }, (text: unknown) => (text === null ? null : deflateText(String(text))));
  db.function('inflate_text', { deterministic: true }, (stored: unknown) => (stored === null ? null : inflateText(stored as Buffer)));
}
