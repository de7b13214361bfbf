/**
 * The first `limit` rows of two lists each in one order (disjoint: two tables, two ranges of ids), in that order, as one
 * query over both would give them; `before(x, y)`: whether row x comes before row y.
 */
export function mergedRows<R>(a: readonly R[], b: readonly R[], limit: number, before: (x: R, y: R) => boolean): R[] {
  const rows: R[] = [];
  let [i, j] = [0, 0];
  while (rows.length < limit && (i < a.length || j < b.length)) rows.push(j >= b.length || (i < a.length && before(a[i]!, b[j]!)) ? a[i++]! : b[j++]!);
  return rows;
}
