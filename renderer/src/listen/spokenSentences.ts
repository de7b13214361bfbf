import type { Span } from '../annotate/segments';

/**
 * The sentences of an article's body, as offsets into it, to be spoken one by one: each paragraph (blocks are joined
 * by a blank line) cut into sentences by the platform's segmenter, without the spaces around them. Captions, bylines
 * and other page furniture never reach the body: the parser leaves them out when the article is imported.
 */
export function spokenSentences(body: string, language: string | null): Span[] {
  const segmenter = new Intl.Segmenter(language ?? undefined, { granularity: 'sentence' });
  const spans: Span[] = [];
  let at = 0;
  for (const paragraph of body.split('\n\n')) {
    for (const { segment, index } of segmenter.segment(paragraph)) {
      const lead = segment.length - segment.trimStart().length;
      const text = segment.trim();
      if (/[\p{L}\p{N}]/u.test(text)) spans.push({ start: at + index + lead, end: at + index + lead + text.length });
    }
    at += paragraph.length + 2;
  }
  return spans;
}
