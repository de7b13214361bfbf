import type { HighlightPiece, InlineMark, Span } from '../annotate/segments';

interface Block {
  kind: string;
  text: string;
  marks?: InlineMark[];
}

/** Headlines longer than this are set smaller, so that one of three lines does not push the text out of view. */
const LONG_HEADLINE = 90;

export const headlineClass = (text: string): string | undefined => (text.length > LONG_HEADLINE ? 'long-headline' : undefined);

/** A sentence's end: its stop and any closing quote or bracket, before a space or the end of the text. */
const SENTENCE_END = /[.!?]+["”’»)]*(?=\s|$)/u;

/** Where the first block's headline ends on screen, and where the text after it begins. */
export interface Headline {
  shown: number;
  restFrom: number;
}

/**
 * The start of the first block that is the article's headline, if any. A clipping without a title line is titled
 * from its lead's first sentence (cut with "…" when long): that sentence, whole and without its final period, is the
 * headline, and the text goes on after it, so the headline is neither cut nor said twice. Null when the title is the
 * file's own.
 */
export function findHeadline(title: string, blocks: readonly Block[]): Headline | null {
  const first = blocks[0];
  const stem = title.replace(/…$/u, '').trimEnd();
  if (!first || first.kind !== 'p' || stem.length === 0 || !first.text.startsWith(stem)) return null;
  const stop = SENTENCE_END.exec(first.text.slice(stem.length));
  const end = stop ? stem.length + stop.index + stop[0].length : first.text.length;
  const shown = /[^.]\.$/.test(first.text.slice(0, end)) ? end - 1 : end;
  return { shown, restFrom: end + (/^\s*/.exec(first.text.slice(end))?.[0].length ?? 0) };
}

/** Spans clipped to [from, to) and counted from `from`; a highlight's first piece stays first only if it begins inside. */
export function clipSpans<S extends Span>(spans: readonly S[], from: number, to: number): S[] {
  return spans.flatMap((s) => {
    const start = Math.max(s.start, from);
    const end = Math.min(s.end, to);
    if (start >= end) return [];
    const clipped = { ...s, start: start - from, end: end - from };
    if ('first' in clipped) (clipped as S & HighlightPiece).first = (s as S & HighlightPiece).first && s.start >= from;
    return [clipped];
  });
}

/** The part [from, to) of a block, with its inline formatting. */
export function sliceBlock<B extends Block>(block: B, from: number, to: number): B {
  return { ...block, text: block.text.slice(from, to), marks: block.marks && clipSpans(block.marks, from, to) };
}
