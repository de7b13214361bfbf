import { useEffect, useRef, useState, type RefObject } from 'react';
import { selectionIn, type TextSelection } from './selectionOffsets';

/**
 * The part of the article's body the user has selected, with the mouse or the keyboard. While a mouse button
 * is held the selection is still being made, so it is read when the button is released.
 */
export function useTextSelection(root: RefObject<HTMLElement | null>, body: string | null): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const pressed = useRef(false);
  useEffect(() => {
    const update = () => {
      if (pressed.current) return;
      const next = root.current && body !== null ? selectionIn(root.current, body) : null;
      setSelection((prev) => (prev && next && prev.start === next.start && prev.end === next.end ? prev : next));
    };
    const down = (e: PointerEvent) => {
      if (root.current && e.target instanceof Node && root.current.contains(e.target)) pressed.current = true;
    };
    const up = () => {
      if (!pressed.current) return;
      pressed.current = false;
      update();
    };
    update();
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', down);
    document.addEventListener('pointerup', up);
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', down);
      document.removeEventListener('pointerup', up);
    };
  }, [root, body]);
  return selection;
}
