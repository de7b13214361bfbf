import type { RefObject } from 'react';
import { useWindowKeys } from '../app/useWindowKeys';
import { isTyping } from '../list/useListKeys';

interface Params {
  total: number;
  index: number;
  /** Makes the entry current and shows its article at the highlight. */
  show(index: number): void;
  /** Ticks or unticks the entry for a later action (export). */
  tick(index: number): void;
  textRef: RefObject<HTMLInputElement | null>;
  onClose(): void;
}

const MOVES: Record<string, number> = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 };

/** The highlights list's keys, as the article list's: j/k and arrows, Enter, `/`, `x` tick, Esc back to the articles. */
export function useHighlightKeys({ total, index, show, tick, textRef, onClose }: Params): void {
  useWindowKeys((e) => {
    if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (e.key === 'Enter' && target?.closest('button, a')) return;
    const move = MOVES[e.key];
    if (move !== undefined) {
      if (total > 0) show(Math.min(total - 1, Math.max(0, index + move)));
    } else if (e.key === '/') textRef.current?.focus();
    else if (e.key === 'Enter' && total > 0) {
      show(index);
      document.querySelector<HTMLElement>('main.article-pane')?.focus();
    } else if (e.key === 'x' && total > 0) tick(index);
    // Esc inside the article closes what is open there (a card, the toolbar), not this view.
    else if (e.key === 'Escape' && !target?.closest('main.article-pane')) onClose();
    else return;
    e.preventDefault();
  });
}
