import { useEffect, useRef } from 'react';
import { api, apiWhileLeaving } from '../api/client';

/** Long enough to skip the positions a scroll passes through, short enough that a reload right after keeps the place. */
const SETTLE_MS = 400;
/** Scrolled this far, the article has been read to the end (a fraction short of 1 allows for rounding of the scroll offset). */
const END = 0.995;
/** Before the place is settled, a scroll this soon after the reader's wheel, touch or key is theirs; any other, the layout's. */
const INPUT_MS = 250;

function fractionOf(pane: HTMLElement): number {
  const range = pane.scrollHeight - pane.clientHeight;
  return range > 0 ? Math.min(1, Math.max(0, pane.scrollTop / range)) : 0;
}

export interface PlaceEvents {
  /** The reader's scrolling stopped at the end of the article. */
  onEnd?(): void;
  /** The place in article `id` was stored. */
  onStored?(id: number, position: number): void;
}

/**
 * Keeps the place in article `id`, stored in the library: scrolls `pane` to where the article was left when it is
 * shown (not when `restore` is off, the article opened at a highlight, nor once the reader has scrolled before the place
 * comes), and stores the place once scrolling stops and when the page is hidden or closed. Storing it also makes the
 * article the one to reopen on the next start.
 */
export function useReadingPosition(id: number | null, pane: HTMLElement | null, restore: boolean, on: PlaceEvents = {}): void {
  // The latest callbacks, read when they are due: new ones each render must not restart the effect.
  const events = useRef(on);
  useEffect(() => {
    events.current = on;
  });
  useEffect(() => {
    if (id === null || !pane) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Whether the place is settled: restored from the library, or taken by the reader's own scrolling before that.
    let placed = false;
    // Read as the reader scrolls: when the effect is cleaned up the pane may already show another article.
    let position = 0;
    // Whether the next scroll is the restore's own: it neither moves the place nor reads the article to its end.
    let restoring = false;
    // The reader's last wheel, touch or key, and whether they hold the pane's scrollbar (a press on the pane itself, not
    // its text): a scroll of theirs that comes before the stored place wins over it, as a browser gives up restoring a
    // page's scroll once its reader has scrolled.
    let inputAt = -Infinity;
    let dragging = false;
    const onInput = () => void (inputAt = performance.now());
    const onPointerDown = (e: PointerEvent) => void (dragging = e.target === pane);
    const onPointerUp = () => void (dragging = false);
    const save = (client = api) => {
      clearTimeout(timer);
      timer = undefined;
      const stored = position;
      client.invoke('reading.setPosition', { id, position }).then(
        () => events.current.onStored?.(id, stored),
        () => {},
      );
    };
    const onScroll = () => {
      if (restoring) {
        restoring = false;
        return;
      }
      // Until the place is settled, a scroll is the layout's, unless the reader's own input moved it.
      if (!placed && !dragging && performance.now() - inputAt > INPUT_MS) return;
      placed = true;
      position = fractionOf(pane);
      clearTimeout(timer);
      timer = setTimeout(() => {
        save();
        // Only the reader's own scrolling reads an article to the end, never the place restored on opening it.
        if (position >= END) events.current.onEnd?.();
      }, SETTLE_MS);
    };
    const onLeave = (e: Event) => {
      if (placed && (e.type === 'pagehide' || document.visibilityState === 'hidden')) save(apiWhileLeaving);
    };
    api.invoke('reading.position', { id }).then(
      (stored) => {
        if (placed) return;
        const before = pane.scrollTop;
        if (restore) pane.scrollTop = (stored.position ?? 0) * (pane.scrollHeight - pane.clientHeight);
        restoring = pane.scrollTop !== before;
        position = fractionOf(pane);
        placed = true;
        save();
      },
      () => void (placed = true),
    );
    const listening = new AbortController();
    const options = { passive: true, signal: listening.signal };
    pane.addEventListener('wheel', onInput, options);
    pane.addEventListener('touchmove', onInput, options);
    // Captured: a key whose handler stops it (the arrows between marks) may still scroll the pane, by focus.
    window.addEventListener('keydown', onInput, { ...options, capture: true });
    pane.addEventListener('pointerdown', onPointerDown, options);
    window.addEventListener('pointerup', onPointerUp, options);
    window.addEventListener('pointercancel', onPointerUp, options);
    pane.addEventListener('scroll', onScroll, options);
    document.addEventListener('visibilitychange', onLeave, options);
    window.addEventListener('pagehide', onLeave, options);
    return () => {
      // Leaving the article for another keeps its place too.
      if (timer !== undefined) save();
      placed = true;
      listening.abort();
    };
  }, [id, pane, restore]);
}
