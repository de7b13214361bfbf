/**
 * The article view's text model, kept free of the DOM so it can be tested in Node. The body that highlight and
 * mention offsets refer to joins the blocks' texts with a blank line ("\n\n"); each block is rendered as segments
 * cut at every edge of its inline formatting, entity mentions and highlights, each wrapped in all that covers it.
 */

export interface Span {
  start: number;
  end: number;
}

export interface InlineMark extends Span {
  style: 'em' | 'strong' | 'code' | 'link';
  href?: string;
}

/** A highlight's part inside one block, in block offsets. */
export interface HighlightPiece extends Span {
  id: number;
  /** The part where the highlight begins (the one that takes keyboard focus). */
  first: boolean;
  /** The whole highlight's length: longer highlights are drawn outside shorter ones. */
  length: number;
}

export interface Segment<M extends Span> {
  start: number;
  end: number;
  /** Outermost first, in a fixed order so that pieces of one mark nest alike. */
  marks: InlineMark[];
  mention: M | null;
  /** Outermost (longest) first; `first` is true only in the segment where that highlight begins. */
  highlights: { id: number; first: boolean }[];
}

const STYLE_ORDER: Record<InlineMark['style'], number> = { link: 0, strong: 1, em: 2, code: 3 };
const SEPARATOR = 2;

/** Where each block begins in the body. */
export function blockStarts(blocks: readonly { text: string }[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    at += b.text.length + SEPARATOR;
  }
  return starts;
}

/**
 * Body ranges cut into per-block ranges in block offsets; a range over a paragraph break gives a piece in each
 * block it touches. `cut` makes each piece from its range and the piece's block offsets.
 */
export function splitByBlock<R extends Span, P>(
  blocks: readonly { text: string }[],
  ranges: readonly R[],
  cut: (range: R, start: number, end: number, first: boolean) => P,
): P[][] {
  const starts = blockStarts(blocks);
  const out = blocks.map((): P[] => []);
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const r of sorted) {
    let first = true;
    for (let i = firstBlockEndingAfter(starts, blocks, r.start); i < blocks.length && starts[i]! < r.end; i++) {
      const start = Math.max(r.start, starts[i]!) - starts[i]!;
      const end = Math.min(r.end, starts[i]! + blocks[i]!.text.length) - starts[i]!;
      if (start >= end) continue;
      out[i]!.push(cut(r, start, end, first));
      first = false;
    }
  }
  return out;
}

function firstBlockEndingAfter(starts: readonly number[], blocks: readonly { text: string }[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! + blocks[mid]!.text.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Highlights with a place in the text, as pieces per block. */
export function highlightPieces(
  blocks: readonly { text: string }[],
  highlights: readonly { id: number; start: number | null; end: number | null }[],
): HighlightPiece[][] {
  const placed = highlights.flatMap((h) => (h.start === null || h.end === null ? [] : [{ id: h.id, start: h.start, end: h.end }]));
  return splitByBlock(blocks, placed, (h, start, end, first) => ({ id: h.id, start, end, first, length: h.end - h.start }));
}

/**
 * Cuts a block of `length` characters at every edge of its marks, mentions and highlight pieces. Mentions must
 * not overlap (a later one that does is left out); marks and highlights may overlap each other and anything else.
 */
export function segmentBlock<M extends Span>(
  length: number,
  marks: readonly InlineMark[],
  mentions: readonly M[],
  highlights: readonly HighlightPiece[],
): Segment<M>[] {
  const inBlock = <S extends Span>(s: S) => s.start >= 0 && s.end <= length && s.start < s.end;
  const keptMentions: M[] = [];
  for (const m of [...mentions].filter(inBlock).sort((a, b) => a.start - b.start)) {
    if (keptMentions.length === 0 || keptMentions[keptMentions.length - 1]!.end <= m.start) keptMentions.push(m);
  }
  const keptMarks = marks.filter(inBlock).sort((a, b) => STYLE_ORDER[a.style] - STYLE_ORDER[b.style] || a.start - b.start);
  const keptHighlights = highlights.filter(inBlock).sort((a, b) => b.length - a.length || a.id - b.id);

  const cuts = new Set([0, length]);
  for (const s of [...keptMarks, ...keptMentions, ...keptHighlights]) cuts.add(s.start).add(s.end);
  const edges = [...cuts].sort((a, b) => a - b);

  const segments: Segment<M>[] = [];
  let mention = 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    while (mention < keptMentions.length && keptMentions[mention]!.end <= start) mention++;
    const m = keptMentions[mention];
    segments.push({
      start,
      end,
      marks: keptMarks.filter((k) => k.start <= start && end <= k.end),
      mention: m && m.start <= start && end <= m.end ? m : null,
      highlights: keptHighlights.filter((h) => h.start <= start && end <= h.end).map((h) => ({ id: h.id, first: h.first && h.start === start })),
    });
  }
  return segments;
}

/** Consecutive segments grouped by the mention that covers them, so one mention is one mark however it is cut. */
export function groupByMention<M extends Span>(segments: readonly Segment<M>[]): { mention: M | null; segments: Segment<M>[] }[] {
  const groups: { mention: M | null; segments: Segment<M>[] }[] = [];
  for (const s of segments) {
    const last = groups[groups.length - 1];
    if (last && last.mention === s.mention) last.segments.push(s);
    else groups.push({ mention: s.mention, segments: [s] });
  }
  return groups;
}

/** A selection's range without the whitespace at its edges (a drag often takes a space or a paragraph break along). */
export function trimRange(body: string, start: number, end: number): Span | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(body.length, Math.max(start, end));
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}
