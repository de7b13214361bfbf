import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

const STEP = 16;

interface Props {
  label: string;
  /** The pane's width in CSS pixels, and the range it may take: a separator that moves says where it is. */
  value: number;
  min: number;
  max: number;
  onResize(delta: number): void;
}

/** A vertical splitter: drag with the pointer, or focus it and use the arrow keys (Home and End for the extremes). */
export function Resizer({ label, value, min, max, onResize }: Props) {
  const last = useRef<number | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    last.current = e.clientX;
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (last.current === null) return;
    onResize(e.clientX - last.current);
    last.current = e.clientX;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const delta = { ArrowLeft: -STEP, ArrowRight: STEP, Home: min - value, End: max - value }[e.key];
    if (delta === undefined) return;
    e.preventDefault();
    onResize(delta);
  };
  return (
    <div
      className="resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (last.current = null)}
      onKeyDown={onKeyDown}
    />
  );
}
