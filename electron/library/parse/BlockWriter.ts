import type { Block, BlockKind, InlineMark, Picture, TableCell } from './types';

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
  private cells: TableCell[] = [];
  private shown: Picture | undefined;
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

  /** Text whose spaces and line breaks are its own (preformatted code). */
  appendRaw(text: string): void {
    this.push(text);
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

  /** Records a table cell whose content, from `start`, has just been appended. */
  cell(row: number, start: number, head: boolean, span: number): void {
    const cell: TableCell = { row, start, end: this.length };
    if (head) cell.head = true;
    if (span > 1) cell.span = span;
    this.cells.push(cell);
  }

  /** The picture an image block shows; its text, if any, is the caption. */
  picture(picture: Picture): void {
    this.shown = picture;
  }

  flush(): void {
    const text = this.pieces.join('').trimEnd();
    if (text !== '' || this.shown) {
      const marks = this.marks.flatMap((m) => tidyMark(m, text));
      const block: Block = { kind: this.kind, text };
      if (this.kind === 'h' && this.level !== undefined) block.level = this.level;
      if (marks.length > 0) block.marks = marks;
      if (this.kind === 'table') block.cells = this.cells.map((c) => tidyCell(c, text));
      if (this.kind === 'image' && this.shown) block.picture = this.shown;
      this.blocks.push(block);
    }
    this.pieces = [];
    this.length = 0;
    this.last = '';
    this.marks = [];
    this.cells = [];
    this.shown = undefined;
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
  const [start, end] = within(m.start, m.end, text);
  return end > start ? [{ ...m, start, end }] : [];
}

/** A cell within the trimmed text and off its spaces; an empty cell stays, so the columns after it keep their place. */
function tidyCell(c: TableCell, text: string): TableCell {
  const [start, end] = within(c.start, c.end, text);
  return { ...c, start, end };
}

/** [start, end) cut to the text and moved off spaces at either end. */
function within(start: number, end: number, text: string): [number, number] {
  end = Math.min(end, text.length);
  start = Math.min(start, end);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}
