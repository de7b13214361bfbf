import type { Page } from '@playwright/test';

export interface LineMeasure {
  /** Characters on each full line of the article's longest paragraph (its last, partial line left out). */
  perLine: number[];
  /** The page scrolls sideways. */
  horizontalScroll: boolean;
  /** The headline lies within the window and is what is found at each of its corners. */
  headlineClear: boolean;
}

/** Measures the rendered article: where each character of a paragraph falls decides which line it is on. */
export function measureArticle(page: Page): Promise<LineMeasure> {
  return page.evaluate(() => {
    const paragraphs = Array.from(document.querySelectorAll<HTMLElement>('.article-body p'));
    const longest = paragraphs.reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a));
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(longest, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < (node.textContent ?? '').length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue; // A space at a line break takes no room.
        const top = Math.round(rect.top);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
    }
    const tops = [...lines.keys()].sort((a, b) => a - b);
    const perLine = tops.slice(0, -1).map((t) => lines.get(t)!);
    const h1 = document.querySelector('.article h1')!;
    const r = h1.getBoundingClientRect();
    const corners = [
      [r.left + 2, r.top + 2],
      [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.bottom - 2],
    ];
    const inWindow = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    const uncovered = corners.every(([x, y]) => h1.contains(document.elementFromPoint(x!, y!)));
    const root = document.documentElement;
    return { perLine, horizontalScroll: root.scrollWidth > root.clientWidth, headlineClear: inWindow && uncovered };
  });
}
