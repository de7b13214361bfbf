import './shelves.css';

/** How far an article begun and not finished has been read: a thin bar and its percentage. Nothing for one never begun or read to the end. */
export function ReadingProgress({ progress }: { progress: number | null }) {
  if (progress === null || progress <= 0 || progress >= 1) return null;
  // Floored, and at least 1: "100%" would say finished, "0%" not begun.
  const percent = Math.max(1, Math.floor(progress * 100));
  return (
    <span className="row-progress" title={`${percent}% read`}>
      <span className="row-progress-track" aria-hidden="true">
        <span className="row-progress-bar" style={{ width: `${percent}%` }} />
      </span>
      {percent}%<span className="sr-only"> read</span>
    </span>
  );
}
