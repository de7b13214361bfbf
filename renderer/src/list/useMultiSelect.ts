import { type MouseEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleRows, Row } from './useArticleRows';
import { isTyping } from './useListKeys';
import { useWindowKeys } from '../app/useWindowKeys';

/**
 * Rows picked for a change to many at once: Ctrl/Cmd-click picks or unpicks a row (the open one with it, the first
 * time), Shift-click picks the rows from the last one picked (or the open one) to it, `x` picks or unpicks the open
 * row, Esc unpicks all. A new query starts afresh. Rows are kept as picked, so a pick survives scrolling.
 */
export function useMultiSelect(rows: ArticleRows, selectedIndex: number, query: string) {
  const [picked, setPicked] = useState<ReadonlyMap<number, Row>>(new Map());
  const anchor = useRef<number | null>(null);
  useEffect(() => {
    setPicked(new Map());
    anchor.current = null;
  }, [query]);
  const clear = useCallback(() => {
    setPicked(new Map());
    anchor.current = null;
  }, []);

  const toggle = useCallback(
    (index: number, withOpen: boolean) => {
      const row = rows.rowAt(index);
      if (!row) return;
      anchor.current = index;
      setPicked((before) => {
        const next = new Map(before);
        const open = rows.rowAt(selectedIndex);
        if (withOpen && next.size === 0 && open && index !== selectedIndex) next.set(open.id, open);
        if (next.has(row.id)) next.delete(row.id);
        else next.set(row.id, row);
        return next;
      });
    },
    [rows, selectedIndex],
  );

  /** A click with Ctrl/Cmd or Shift picks; answers whether it did (a plain click opens the row instead). */
  const click = useCallback(
    (index: number, e: MouseEvent): boolean => {
      if (e.shiftKey) {
        const from = anchor.current ?? selectedIndex;
        setPicked((before) => {
          const next = new Map(before);
          for (let i = Math.min(from, index); i <= Math.max(from, index); i++) {
            const row = rows.rowAt(i);
            if (row) next.set(row.id, row);
          }
          return next;
        });
        anchor.current = index;
        // Shift-click would also select the rows' text.
        window.getSelection()?.removeAllRanges();
        return true;
      }
      if (e.ctrlKey || e.metaKey) {
        toggle(index, true);
        return true;
      }
      clear();
      return false;
    },
    [rows, selectedIndex, toggle, clear],
  );

  useWindowKeys((e) => {
    if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
    if (e.key === 'x') toggle(selectedIndex, false);
    else if (e.key === 'Escape' && picked.size > 0) clear();
    else return;
    e.preventDefault();
  });

  return { picked, click, clear };
}
