/**
 * The tallest a list is laid out: browsers cap an element's height (Chromium at 33,554,428 px, Firefox at
 * 17,895,697), and rows past the cap cannot be scrolled to. At 96 px a row, Chromium's cap is 349,525 rows.
 */
export const MAX_LAYOUT_HEIGHT = 15_000_000;

/**
 * Where the rows of a list of rows of one height go, for any number of them. The rows' content (`count` × `rowHeight`)
 * is laid out in at most `maxHeight`: a longer list is compressed, each pixel scrolled moving its content by the
 * same factor, so that the top of the scroll range shows the first row and the bottom the last; the rows in view are
 * placed at their full height from where the content stands. Written here rather than taken from the virtualizer,
 * which lays rows out uncompressed (TanStack Virtual #616) and measures every row again whenever the count changes.
 */
export class RowLayout {
  /** The list's height on the page. */
  readonly height: number;
  /** Content pixels per scrolled pixel: 1 unless compressed. */
  private readonly scale: number;

  constructor(
    private readonly count: number,
    private readonly rowHeight: number,
    /** The scrolled element's visible height. */
    private readonly viewport: number,
    maxHeight = MAX_LAYOUT_HEIGHT,
  ) {
    const content = count * rowHeight;
    this.height = Math.min(content, maxHeight);
    this.scale = content > this.height && this.height > viewport ? (content - viewport) / (this.height - viewport) : 1;
  }

  /** The content offset at the top of the view when the element is scrolled to `scrollTop`. */
  offsetAt(scrollTop: number): number {
    return scrollTop * this.scale;
  }

  /** The scroll position that shows content offset `offset` at the top. */
  scrollTopFor(offset: number): number {
    return offset / this.scale;
  }

  /** The first and last rows in view at content offset `offset`, with `overscan` more on each side; [0, -1] when none. */
  range(offset: number, overscan: number): [number, number] {
    if (this.count === 0) return [0, -1];
    const first = Math.floor(offset / this.rowHeight);
    const last = Math.ceil((offset + this.viewport) / this.rowHeight) - 1;
    return [Math.max(0, first - overscan), Math.min(this.count - 1, Math.max(first, last) + overscan)];
  }

  /** Row `index`'s top in the list's element, at content offset `offset` with the element scrolled to `scrollTop`. */
  top(index: number, offset: number, scrollTop: number): number {
    return index * this.rowHeight - offset + scrollTop;
  }

  /** The content offset nearest `offset` that shows row `index` whole (or its top, in a view lower than a row). */
  offsetShowing(index: number, offset: number): number {
    const top = index * this.rowHeight;
    if (top < offset || this.viewport < this.rowHeight) return top;
    return Math.max(offset, top + this.rowHeight - this.viewport);
  }
}
