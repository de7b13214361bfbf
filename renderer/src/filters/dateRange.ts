import { removeOperator, addOperator } from '../../../electron/common/query/queryEdit';
import { parseQuery, tokenizeQuery } from '../../../electron/common/query/queryParser';

const DATE_KEYS = ['after', 'before', 'date'] as const;

/** The query with its date operators replaced by the buckets `from`..`to` (`YYYY` or `YYYY-MM`), or removed if null. */
export function withDateRange(query: string, range: { from: string; to: string } | null): string {
  let out = query;
  for (const t of tokenizeQuery(query)) {
    const name = DATE_KEYS.find((k) => k === t.key?.toLowerCase());
    if (name) out = removeOperator(out, { name, value: t.value, negated: t.negated });
  }
  if (!range) return out;
  if (range.from === range.to) return addOperator(out, { name: 'date', value: range.from });
  return addOperator(addOperator(out, { name: 'after', value: range.from }), { name: 'before', value: nextBucket(range.to) });
}

/** Whether the query's date filters keep the bucket (partly), for showing the chosen range. */
export function bucketChosen(query: string, bucket: string): boolean | null {
  const ranges = parseQuery(query).filters.flatMap((f) => (f.field === 'published' && !f.negated ? [f.range] : []));
  if (ranges.length === 0) return null;
  const start = bucket.length === 4 ? `${bucket}-01-01` : `${bucket}-01`;
  const end = `${nextBucket(bucket)}${bucket.length === 4 ? '-01-01' : '-01'}`;
  return ranges.every((r) => (r.from === null || r.from < end) && (r.to === null || r.to > start));
}

function nextBucket(bucket: string): string {
  const year = Number(bucket.slice(0, 4));
  if (bucket.length === 4) return String(year + 1).padStart(4, '0');
  const month = Number(bucket.slice(5, 7));
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${bucket.slice(0, 4)}-${String(month + 1).padStart(2, '0')}`;
}
