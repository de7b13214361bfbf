import { parse } from 'csv-parse/sync';

/** A CSV row by its header's column names, in lower case. */
export type CsvRow = Record<string, string | undefined>;

/** A CSV file's header and rows; null when the text is not CSV with a header. */
export function readCsv(text: string): { columns: string[]; rows: CsvRow[] } | null {
  let records: string[][];
  try {
    const options = { relax_column_count: true, skip_empty_lines: true };
    records = parse(text.replace(/^\uFEFF/, ''), options);
  } catch {
    return null;
  }
  const [header, ...body] = records;
  if (!header || header.length < 2) return null;
  const columns = header.map((c) => c.trim());
  return { columns, rows: body.map((r) => Object.fromEntries(columns.map((c, i) => [c.toLowerCase(), r[i]]))) };
}

/** True when every one of `names` is a column (compared without case). */
export function hasColumns(columns: readonly string[], names: readonly string[]): boolean {
  const have = new Set(columns.map((c) => c.toLowerCase()));
  return names.every((n) => have.has(n.toLowerCase()));
}
