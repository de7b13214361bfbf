import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  label: string;
  onResize(delta: number): void;
}

/** A vertical splitter: drag with the pointer, or focus it and use the arrow keys. */
export function Resizer({ label, onResize }: Props) {
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
    if (e.key === 'ArrowLeft') onResize(-16);
    else if (e.key === 'ArrowRight') onResize(16);
  };
  return (
    <div
      className="resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (last.current = null)}
      onKeyDown={onKeyDown}
    />
  );
}
