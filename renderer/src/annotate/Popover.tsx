import { useEffect, useRef, type ReactNode } from 'react';

/** A place in the annotation layer (the positioned box around the article and its sidebar). */
export interface Anchor {
  top: number;
  left: number;
}

const WIDTH = 320;

/** Just below `rect`, kept inside the layer; measured against the layer, so it scrolls with the text. */
export function anchorBelow(rect: DOMRect, layer: HTMLElement | null): Anchor {
  const box = layer?.getBoundingClientRect();
  if (!box) return { top: rect.bottom + 6, left: rect.left };
  return { top: rect.bottom - box.top + 6, left: Math.max(0, Math.min(rect.left - box.left, box.width - WIDTH)) };
}

interface Props {
  label: string;
  anchor: Anchor;
  /** `returnFocus` is false when a press elsewhere closed it: focus goes where that press put it. */
  onClose(returnFocus: boolean): void;
  children: ReactNode;
}

/** A small non-modal dialog: Escape or a press outside closes it. */
export function Popover({ label, anchor, onClose, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const outside = (e: PointerEvent) => {
      if (ref.current && e.target instanceof Node && !ref.current.contains(e.target)) close.current(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, []);
  return (
    <div
      ref={ref}
      className="annotate-popover"
      role="dialog"
      aria-label={label}
      style={{ top: anchor.top, left: anchor.left }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose(true);
      }}
    >
      {children}
    </div>
  );
}
