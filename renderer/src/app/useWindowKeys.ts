import { useEffect, useEffectEvent } from 'react';

/**
 * Hears the keys pressed anywhere in the window, always with the handler of the render on screen. A listener an
 * effect adds with a render's values is replaced only when React runs the next render's effects, and Chromium serves
 * a key pressed before that first: the key would act on what was shown before, such as a review card just answered.
 */
export function useWindowKeys(onKey: (e: KeyboardEvent) => void, { capture = false } = {}): void {
  const handle = useEffectEvent(onKey);
  useEffect(() => {
    const listener = (e: KeyboardEvent) => handle(e);
    window.addEventListener('keydown', listener, capture);
    return () => window.removeEventListener('keydown', listener, capture);
  }, [capture]);
}
