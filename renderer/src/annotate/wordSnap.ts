import type { Span } from './segments';

/** The body last segmented and its words, so a selection that changes at every key costs one lookup per end. */
let cached: { body: string; language: string | undefined; segments: Intl.Segments } | null = null;

function wordsOf(body: string, language: string | undefined): Intl.Segments {
  if (cached?.body !== body || cached.language !== language) {
    // The language's own word breaks: Chinese and Japanese words come from a dictionary, not from spaces.
    cached = { body, language, segments: new Intl.Segmenter(language, { granularity: 'word' }).segment(body) };
  }
  return cached.segments;
}

/**
 * The span grown to whole words at both ends, as e-book readers select: a drag from "mmunist" to "Centr" takes
 * "Communist … Central". Punctuation and spaces at an end are left as selected; a span already on word edges is
 * unchanged. Uses the language's word breaks (Unicode UAX #29 and dictionaries), so "China's" is one word and
 * "Belarus-China" two.
 */
export function snapToWords(body: string, span: Span, language?: string | null): Span {
  const words = wordsOf(body, language ?? undefined);
  let { start, end } = span;
  const first = words.containing(start);
  if (first?.isWordLike && first.index < start) start = first.index;
  const last = end > 0 ? words.containing(end - 1) : undefined;
  if (last?.isWordLike && last.index + last.segment.length > end) end = last.index + last.segment.length;
  return { start, end };
}
