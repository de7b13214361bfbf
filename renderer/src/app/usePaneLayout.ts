import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';
import { paneLayout, type LayoutInput, type PaneLayout } from './paneLayout';

/** Horizontal padding of the article (both sides, at its widest) and a scrollbar. */
const ARTICLE_CHROME = 2 * 40 + 16;

/**
 * The layout for the window's width and the reading font: `probe` is an element as wide as the narrowest text
 * column (in `ch` of the reading font), so a larger font or a wider face makes the panes give way sooner.
 */
export function usePaneLayout(probe: RefObject<HTMLElement | null>, input: Omit<LayoutInput, 'windowWidth' | 'articleMin'>): PaneLayout {
  const [windowWidth, setWindowWidth] = useState(() => document.documentElement.clientWidth);
  const [articleMin, setArticleMin] = useState(0);
  useEffect(() => {
    const update = () => setWindowWidth(document.documentElement.clientWidth);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  // Measured before paint, so the first frame already has the right panes.
  useLayoutEffect(() => {
    const element = probe.current;
    if (!element) return;
    const update = () => setArticleMin(element.offsetWidth + ARTICLE_CHROME);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [probe]);
  return paneLayout({ windowWidth, articleMin, ...input });
}
