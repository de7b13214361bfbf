import { useState } from 'react';
import type { Facets } from './useFacets';
import { bucketChosen, withDateRange } from './dateRange';

interface Props {
  dates: Facets['dates'];
  query: string;
  onQuery(query: string): void;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function label(bucket: string): string {
  return bucket.length === 4 ? bucket : `${MONTHS[Number(bucket.slice(5, 7)) - 1]} ${bucket.slice(0, 4)}`;
}

/** Articles per month (or year) as bars: a click chooses one, a shift-click extends the choice to a range. */
export function DateHistogram({ dates, query, onQuery }: Props) {
  const [anchor, setAnchor] = useState<string | null>(null);
  const max = Math.max(1, ...dates.buckets.map((b) => b.count));
  const chosen = dates.buckets.some((b) => bucketChosen(query, b.name) !== null);
  if (dates.buckets.length === 0) return <p className="hint">No dated articles.</p>;

  const choose = (bucket: string, extend: boolean) => {
    const from = extend && anchor ? [anchor, bucket].sort()[0]! : bucket;
    const to = extend && anchor ? [anchor, bucket].sort()[1]! : bucket;
    if (!extend) setAnchor(bucket);
    onQuery(withDateRange(query, { from, to }));
  };
  const first = dates.buckets[0]!.name;
  const last = dates.buckets.at(-1)!.name;
  return (
    <div className="dates">
      <div className="histogram" role="group" aria-label={`Articles by ${dates.unit}`}>
        {dates.buckets.map((b) => (
          <button
            key={b.name}
            type="button"
            className={`bar${bucketChosen(query, b.name) ? ' active' : ''}`}
            title={`${label(b.name)}: ${b.count.toLocaleString()}`}
            aria-label={`${label(b.name)}, ${b.count} articles`}
            aria-pressed={Boolean(bucketChosen(query, b.name))}
            onClick={(e) => choose(b.name, e.shiftKey)}
          >
            <span style={{ height: `${Math.max(b.count > 0 ? 8 : 0, (b.count / max) * 100)}%` }} />
          </button>
        ))}
      </div>
      <div className="histogram-axis">
        <span>{label(first)}</span>
        {chosen ? (
          <button type="button" className="link-button" onClick={() => onQuery(withDateRange(query, null))}>
            All dates
          </button>
        ) : (
          <span className="hint-inline">shift-click: range</span>
        )}
        <span>{label(last)}</span>
      </div>
      {dates.undated > 0 && <p className="hint">{dates.undated.toLocaleString()} undated</p>}
    </div>
  );
}
