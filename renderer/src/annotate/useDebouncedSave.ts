import { useCallback, useEffect, useRef } from 'react';

const DELAY_MS = 600;

/**
 * Saves a text a short while after the user stops typing, at once on `flush` (blur), and on unmount, so nothing
 * typed is lost when a popover closes or another article is opened. Only a value that differs from the last saved
 * one is saved.
 */
export function useDebouncedSave(saved: string, save: (value: string) => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null);
  const last = useRef(saved);
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    last.current = saved;
  }, [saved]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const value = pending.current;
    pending.current = null;
    if (value !== null && value !== last.current) {
      last.current = value;
      saveRef.current(value);
    }
  }, []);
  const schedule = useCallback(
    (value: string) => {
      pending.current = value;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DELAY_MS);
    },
    [flush],
  );
  useEffect(() => flush, [flush]);
  return { schedule, flush };
}
