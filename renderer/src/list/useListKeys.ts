import type { RefObject } from 'react';
import { useWindowKeys } from '../app/useWindowKeys';
import type { ArticleRows } from './useArticleRows';

interface Params {
  rows: ArticleRows;
  selectedIndex: number;
  /** Selects the row and opens its article (which marks it read). */
  open(index: number): void;
  /** Enter: brings the open article into view (in the narrow layout, where list and article take turns). */
  show(): void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Off while another view (All highlights) stands in for the list and has keys of its own. */
  enabled: boolean;
}

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

const MOVES: Record<string, number> = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 };

/** The list's keys, active wherever the user is not typing: j/k and arrows, `/`, Enter, Space, `s` star, `u` read/unread. */
export function useListKeys({ rows, selectedIndex, open, show, searchRef, enabled }: Params): void {
  useWindowKeys((e) => {
    if (!enabled || e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
    // Enter on a button or link is that control's own.
    if (e.key === 'Enter' && e.target instanceof HTMLElement && e.target.closest('button, a')) return;
    const total = rows.total ?? 0;
    const row = rows.rowAt(selectedIndex);
    const move = MOVES[e.key];
    if (move !== undefined) {
      if (total > 0) open(Math.min(total - 1, Math.max(0, selectedIndex + move)));
    } else if (e.key === '/') searchRef.current?.focus();
    else if (e.key === 'Enter' && row) {
      open(selectedIndex);
      show();
      document.querySelector<HTMLElement>('main.article-pane')?.focus();
    } else if (e.key === ' ' && !(e.target instanceof HTMLElement && e.target.closest('button, a, main.article-pane'))) {
      // Space pages through the article from anywhere; inside the article the browser's own scrolling does it.
      const pane = document.querySelector<HTMLElement>('main.article-pane');
      // Whole pixels: a fractional page is rounded one way going down and the other coming back up.
      if (pane) pane.scrollBy({ top: (e.shiftKey ? -1 : 1) * Math.round(0.9 * pane.clientHeight) });
    } else if (e.key === 's' && row) void rows.setStarred(row, !row.starred);
    else if (e.key === 'u' && row) void rows.setRead(row, !row.read);
    else return;
    e.preventDefault();
  });
}
