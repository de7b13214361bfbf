import { Check } from 'lucide-react';
import type { MouseEvent } from 'react';
import { byline, formatDate } from '../article/format';
import { colorName, type Meanings } from '../annotate/useColorMeanings';
import type { HighlightEntry } from './useHighlightRows';

interface Props {
  entry: HighlightEntry;
  meanings: Meanings | null;
  checked: boolean;
  /** Tick or untick it; `extend` (Shift) ticks every entry from the last one ticked. */
  onTick(extend: boolean): void;
}

/** One highlight in the "All highlights" list: its quote in its colour, note, tags, and where it comes from. */
export function HighlightItem({ entry, meanings, checked, onTick }: Props) {
  const tick = (e: MouseEvent) => {
    // The row's own click opens the article; ticking must not.
    e.stopPropagation();
    onTick(e.shiftKey);
  };
  return (
    <>
      {/* The option itself is ticked (aria-checked) and `x` ticks it: this box is the pointer's way, so it takes no focus. */}
      <span className="hlv-tick" aria-hidden="true" data-checked={checked} onClick={tick}>
        {checked && <Check size={12} strokeWidth={3} />}
      </span>
      <div className="hlv-body">
        <blockquote className={`hlv-quote hl-${entry.color}`}>{entry.quote}</blockquote>
        <div className="hlv-labels">
          <span className="hlv-color">
            <span className={`color-dot hl-${entry.color}`} aria-hidden="true" />
            {colorName(entry.color, meanings)}
          </span>
          {entry.orphaned && (
            <span className="hlv-orphaned" title="Its words are no longer found in the article; the highlight and its note are kept.">
              orphaned
            </span>
          )}
          {entry.tags.map((t) => (
            <span key={t} className="hlv-tag">
              #{t}
            </span>
          ))}
        </div>
        {entry.note && <p className="hlv-note">{entry.note}</p>}
        <div className="row-meta hlv-source">{byline([entry.article.title, entry.article.source, formatDate(entry.article.published)])}</div>
      </div>
    </>
  );
}
