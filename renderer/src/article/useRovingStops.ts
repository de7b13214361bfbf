import { useEffect } from 'react';

/** The marks the article's arrow keys move between: entity mentions and the first piece of each highlight. */
export const STOP = '[data-stop]';

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The article's marks as one tab stop (a roving tabindex): Tab reaches the last mark used (the first at the start)
 * and leaves the article after it; ← and → (Home, End) move between the marks in reading order. A long article with
 * a mark in every sentence would otherwise cost a Tab per mark to get past. The marks are rendered with tabindex
 * -1; this keeps one of them at 0 as marks come and go.
 */
export function useRovingStops(container: HTMLElement | null): void {
  useEffect(() => {
    if (!container) return;
    let current: HTMLElement | null = null;
    const stops = () => [...container.querySelectorAll<HTMLElement>(STOP)];
    const settle = () => {
      const all = stops();
      if (!current || !all.includes(current)) current = all[0] ?? null;
      for (const stop of all) {
        const tabIndex = stop === current ? '0' : '-1';
        if (stop.getAttribute('tabindex') !== tabIndex) stop.setAttribute('tabindex', tabIndex);
      }
    };
    const onFocus = (e: FocusEvent) => {
      if (!(e.target instanceof HTMLElement) || !e.target.matches(STOP)) return;
      current = e.target;
      settle();
    };
    const onKey = (e: KeyboardEvent) => {
      const move = MOVES[e.key];
      if (!move || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !(e.target instanceof HTMLElement) || !e.target.matches(STOP)) return;
      const all = stops();
      const next = all[move(all.indexOf(e.target), all.length)];
      e.preventDefault();
      // The list's own keys must not act as well.
      e.stopPropagation();
      next?.focus();
    };
    settle();
    const observer = new MutationObserver(settle);
    observer.observe(container, { childList: true, subtree: true });
    container.addEventListener('focusin', onFocus);
    container.addEventListener('keydown', onKey);
    return () => {
      observer.disconnect();
      container.removeEventListener('focusin', onFocus);
      container.removeEventListener('keydown', onKey);
    };
  }, [container]);
}
