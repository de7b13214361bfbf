import { type RefObject, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { RowLayout } from './RowLayout';

/** A row to render: its index, and its top in the list's element. */
export interface PlacedRow {
  index: number;
  start: number;
}

interface Params {
  count: number;
  rowHeight: number;
  overscan: number;
  /** The scrolled element. */
  scrollRef: RefObject<HTMLElement | null>;
  /** Off (no rows, nothing observed) while the list's rows are measured instead. */
  enabled: boolean;
}

/**
 * The rows in view of a list of rows of one height, laid out by RowLayout: any number of them can be scrolled to.
 * A scroll position is whole pixels, and in a compressed list a pixel moves the content by several: where this hook
 * scrolled the list itself (to bring a row into view), the content offset it chose is kept while the list stays
 * there, so that the row is shown whole rather than a few pixels off.
 */
export function useFixedRows({ count, rowHeight, overscan, scrollRef, enabled }: Params) {
  const [view, setView] = useState({ scrollTop: 0, viewport: 0 });
  const chosen = useRef<{ layout: RowLayout; scrollTop: number; offset: number } | null>(null);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!enabled || !element) return;
    const read = () => setView({ scrollTop: element.scrollTop, viewport: element.clientHeight });
    read();
    element.addEventListener('scroll', read, { passive: true });
    const resized = new ResizeObserver(read);
    resized.observe(element);
    return () => {
      element.removeEventListener('scroll', read);
      resized.disconnect();
    };
  }, [scrollRef, enabled]);

  const layout = useMemo(() => new RowLayout(enabled ? count : 0, rowHeight, view.viewport), [enabled, count, rowHeight, view.viewport]);
  const kept = chosen.current?.layout === layout && chosen.current.scrollTop === view.scrollTop;
  const offset = kept ? chosen.current!.offset : layout.offsetAt(view.scrollTop);
  const [first, last] = layout.range(offset, overscan);
  const rows: PlacedRow[] = [];
  for (let index = first; index <= last; index++) rows.push({ index, start: layout.top(index, offset, view.scrollTop) });

  const current = useRef(offset);
  current.current = offset;
  /** Scrolls as little as shows row `index` whole. */
  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      const target = layout.offsetShowing(index, current.current);
      if (!element || target === current.current) return;
      element.scrollTop = layout.scrollTopFor(target);
      // Read back: the element keeps whole pixels, and one not laid out yet does not scroll.
      const reached = Math.abs(layout.offsetAt(element.scrollTop) - target) <= layout.offsetAt(1);
      chosen.current = reached ? { layout, scrollTop: element.scrollTop, offset: target } : null;
      setView({ scrollTop: element.scrollTop, viewport: element.clientHeight });
    },
    [scrollRef, layout],
  );

  return { rows, height: layout.height, scrollToIndex };
}
