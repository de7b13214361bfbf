import { useEffect, useRef } from 'react';
import { api, apiWhileLeaving } from '../api/client';

/** Long enough to skip the positions a scroll passes through, short enough that a reload right after keeps the place. */
const SETTLE_MS = 400;
/** Scrolled this far, the article has been read to the end (a fraction short of 1 allows for rounding of the scroll offset). */
const END = 0.995;

function fractionOf(pane: HTMLElement): number {
  const range = pane.scrollHeight - pane.clientHeight;
  return range > 0 ? Math.min(1, Math.max(0, pane.scrollTop / range)) : 0;
}

/**
 * Keeps the place in article `id`, stored in the library: scrolls `pane` to where the article was left when it is
 * shown (unless `restore` is off: the article was opened at a highlight), and stores the place once scrolling stops and when the page is hidden or closed. Storing it also makes the
 * article the one to reopen on the next start. `onEnd` is called when the reader's scrolling stops at the end.
 */
export function useReadingPosition(id: number | null, pane: HTMLElement | null, restore: boolean, onEnd?: () => void): void {
  // The latest callback, read when the end is reached: a new one each render must not restart the effect.
  const end = useRef(onEnd);
  useEffect(() => {
    end.current = onEnd;
  });
  useEffect(() => {
    if (id === null || !pane) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let restored = false;
    // Read as the reader scrolls: when the effect is cleaned up the pane may already show another article.
    let position = 0;
    const save = (client = api) => {
      clearTimeout(timer);
      timer = undefined;
      client.invoke('reading.setPosition', { id, position }).catch(() => {});
    };
    const onScroll = () => {
      // Until the stored place is restored, a scroll is the layout's, not the reader's.
      if (!restored) return;
      position = fractionOf(pane);
      clearTimeout(timer);
      timer = setTimeout(() => {
        save();
        // Only the reader's own scrolling reads an article to the end, never the place restored on opening it.
        if (position >= END) end.current?.();
      }, SETTLE_MS);
    };
    const onLeave = (e: Event) => {
      if (restored && (e.type === 'pagehide' || document.visibilityState === 'hidden')) save(apiWhileLeaving);
    };
    api.invoke('reading.position', { id }).then(
      (stored) => {
        if (restored) return;
        if (restore) pane.scrollTop = (stored.position ?? 0) * (pane.scrollHeight - pane.clientHeight);
        position = fractionOf(pane);
        restored = true;
        save();
      },
      () => void (restored = true),
    );
    pane.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onLeave);
    window.addEventListener('pagehide', onLeave);
    return () => {
      // Leaving the article for another keeps its place too.
      if (timer !== undefined) save();
      restored = true;
      pane.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onLeave);
      window.removeEventListener('pagehide', onLeave);
    };
  }, [id, pane, restore]);
}
