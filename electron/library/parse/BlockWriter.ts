import type { Block, BlockKind, InlineMark } from './types';

/**
 * Accumulates one block's plain text while recording inline marks as offsets into it, collapsing HTML
 * whitespace as it goes so the offsets always point into the final text. The text is kept in pieces, joined once
 * when the block ends: a block can hold tens of thousands of text nodes (one per entity, as linkedom builds them),
 * and looking at the end of one growing string after each would read all of it each time.
 */
export class BlockWriter {
  readonly blocks: Block[] = [];
  private pieces: string[] = [];
  private length = 0;
  private last = '';
  private marks: InlineMark[] = [];
  private kind: BlockKind = 'p';
  private level: number | undefined;

  /** Ends the current block and starts one of the given kind. */
  start(kind: BlockKind, level?: number): void {
    this.flush();
    this.kind = kind;
    this.level = level;
  }

  append(raw: string): void {
    const collapsed = raw.replace(/\s+/g, ' ');
    this.push(this.length === 0 || this.last === ' ' || this.last === '\n' ? collapsed.replace(/^ /, '') : collapsed);
  }

  lineBreak(): void {
    if (this.last === ' ') {
      // Pieces are never empty, so the one before a lone space ends in something else.
      const trimmed = this.pieces.pop()!.slice(0, -1);
      if (trimmed !== '') this.pieces.push(trimmed);
      this.length--;
      this.last = this.pieces.at(-1)?.at(-1) ?? '';
    }
    if (this.length > 0 && this.last !== '\n') this.push('\n');
  }

  /** Current offset, to pass to `mark` once the marked content has been appended. */
  get offset(): number {
    return this.length;
  }

  mark(start: number, style: InlineMark['style'], href?: string): void {
    if (this.length > start) this.marks.push(href ? { start, end: this.length, style, href } : { start, end: this.length, style });
  }

  flush(): void {
    const text = this.pieces.join('').trimEnd();
    if (text !== '') {
      const marks = this.marks.flatMap((m) => tidyMark(m, text));
      const block: Block = { kind: this.kind, text };
      if (this.kind === 'h' && this.level !== undefined) block.level = this.level;
      if (marks.length > 0) block.marks = marks;
      this.blocks.push(block);
    }
    this.pieces = [];
    this.length = 0;
    this.last = '';
    this.marks = [];
    this.kind = 'p';
    this.level = undefined;
  }

  private push(piece: string): void {
    if (piece === '') return;
    this.pieces.push(piece);
    this.length += piece.length;
    this.last = piece[piece.length - 1]!;
  }
}

/** Keeps a mark within the trimmed text and off leading or trailing spaces; drops it when nothing is left. */
function tidyMark(m: InlineMark, text: string): InlineMark[] {
  let { start, end } = m;
  end = Math.min(end, text.length);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? [{ ...m, start, end }] : [];
}
