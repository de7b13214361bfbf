import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { bodyRange, leafIndex } from './bodyRange';
import type { Span } from './segments';
import { selectionIn, type TextSelection } from './selectionOffsets';
import { snapToWords } from './wordSnap';

/**
 * The part of the article's body the user has selected, with the mouse or the keyboard, grown to whole words
 * unless the drag was made holding Alt (to take part of a word). While a mouse button is held the selection is
 * still being made, so it is read when the button is released; then the selection on screen is grown too, so
 * what is shown is what a highlight will take. `read` reads it afresh, for a key pressed before selectionchange.
 */
export function useTextSelection(root: RefObject<HTMLElement | null>, body: string | null, language: string | null) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const pressed = useRef(false);
  const exact = useRef(false);
  const read = useCallback((): TextSelection | null => {
    if (!root.current || body === null) return null;
    return selectionIn(root.current, body, exact.current ? undefined : (span: Span) => snapToWords(body, span, language));
  }, [root, body, language]);
  useEffect(() => {
    let growing: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      if (pressed.current) return;
      const next = read();
      setSelection((prev) => (prev && next && prev.start === next.start && prev.end === next.end ? prev : next));
    };
    const down = (e: PointerEvent) => {
      if (!root.current || !(e.target instanceof Node) || !root.current.contains(e.target)) return;
      clearTimeout(growing);
      pressed.current = true;
      exact.current = e.altKey;
    };
    const grow = () => {
      growing = undefined;
      const words = read();
      const shown = root.current && body !== null ? selectionIn(root.current, body) : null;
      const range = words && shown && (words.start !== shown.start || words.end !== shown.end) && bodyRange(leafIndex(root.current!), words.start, words.end);
      if (!range) return update();
      // Setting the grown range fires selectionchange, which reads it.
      const current = document.getSelection();
      current?.removeAllRanges();
      current?.addRange(range);
    };
    // A key pressed before the grow has run (a busy machine runs input first) acts on the selection as the drag left
    // it; growing it afterwards would move an end the key has already moved.
    const key = () => {
      if (growing === undefined) return;
      clearTimeout(growing);
      growing = undefined;
      update();
    };
    const up = () => {
      if (!pressed.current) return;
      pressed.current = false;
      // After the browser has finished the selection the release ends, or it would put back its own.
      growing = setTimeout(grow);
    };
    update();
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', down);
    document.addEventListener('pointerup', up);
    document.addEventListener('keydown', key, true);
    return () => {
      clearTimeout(growing);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', down);
      document.removeEventListener('pointerup', up);
      document.removeEventListener('keydown', key, true);
    };
  }, [root, body, read]);
  return { selection, read };
}
