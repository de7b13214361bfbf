import type { Span } from './segments';

/** How far around an end its word is looked for: further than any word, short enough to cost nothing. */
const REACH = 200;

const segmenters = new Map<string, Intl.Segmenter>();

/** The word-like segment of `body` holding offset `at` (within its paragraph), as body offsets, if any. */
function wordAt(body: string, at: number, language: string | undefined): Span | null {
  const from = Math.max(at - REACH, body.lastIndexOf('\n', at - 1) + 1);
  const lineEnd = body.indexOf('\n', at);
  const to = Math.min(at + REACH, lineEnd < 0 ? body.length : lineEnd);
  if (at < from || at >= to) return null;
  const key = language ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) segmenters.set(key, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
  const segment = segmenter.segment(body.slice(from, to)).containing(at - from);
  return segment?.isWordLike ? { start: from + segment.index, end: from + segment.index + segment.segment.length } : null;
}

/**
 * The span grown to whole words at both ends, as e-book readers select: a drag from "mmunist" to "Centr" takes
 * "Communist … Central". Punctuation and spaces at an end are left as selected; a span already on word edges is
 * unchanged. Uses the language's word breaks (Unicode UAX #29, and dictionaries for Chinese and Japanese, whose
 * words are not spaced), so "China's" is one word and "Belarus-China" two.
 */
export function snapToWords(body: string, span: Span, language?: string | null): Span {
  const lang = language ?? undefined;
  const first = wordAt(body, span.start, lang);
  const last = span.end > 0 ? wordAt(body, span.end - 1, lang) : null;
  return { start: first && first.start < span.start ? first.start : span.start, end: last && last.end > span.end ? last.end : span.end };
}
