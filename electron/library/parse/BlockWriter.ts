import type { Block, BlockKind, InlineMark } from './types';

/**
 * Accumulates one block's plain text while recording inline marks as offsets into it, collapsing HTML
 * whitespace as it goes so the offsets always point into the final text.
 */
export class BlockWriter {
  readonly blocks: Block[] = [];
  private text = '';
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
    const s = raw.replace(/\s+/g, ' ');
    this.text += this.text === '' || /[ \n]$/.test(this.text) ? s.replace(/^ /, '') : s;
  }

  lineBreak(): void {
    this.text = this.text.replace(/ $/, '');
    if (this.text !== '' && !this.text.endsWith('\n')) this.text += '\n';
  }

  /** Current offset, to pass to `mark` once the marked content has been appended. */
  get offset(): number {
    return this.text.length;
  }

  mark(start: number, style: InlineMark['style'], href?: string): void {
    if (this.text.length > start) this.marks.push(href ? { start, end: this.text.length, style, href } : { start, end: this.text.length, style });
  }

  flush(): void {
    const text = this.text.trimEnd();
    if (text !== '') {
      const marks = this.marks.flatMap((m) => tidyMark(m, text));
      const block: Block = { kind: this.kind, text };
      if (this.kind === 'h' && this.level !== undefined) block.level = this.level;
      if (marks.length > 0) block.marks = marks;
      this.blocks.push(block);
    }
    this.text = '';
    this.marks = [];
    this.kind = 'p';
    this.level = undefined;
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
