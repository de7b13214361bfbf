/**
 * Splits a clipping into units (paragraphs or standalone lines). Clippings either put every paragraph on one
 * line (copied from a browser) or hard-wrap them at a fixed width (saved from mail or a terminal); only in the
 * second case do consecutive lines belong together.
 */
export function clippingUnits(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim());
  const groups: string[][] = [[]];
  for (const line of lines) {
    if (line === '') groups.push([]);
    else groups[groups.length - 1]!.push(line);
  }
  const nonEmpty = groups.filter((g) => g.length > 0);
  return isHardWrapped(lines, nonEmpty) ? nonEmpty.map((g) => g.join(' ')) : nonEmpty.flat();
}

/** Wrapped text never has a long line, and several paragraphs run over three or more lines. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAPPED_PARAGRAPHS = 2;

function isHardWrapped(lines: string[], groups: string[][]): boolean {
  return lines.every((l) => l.length <= MAX_WRAP_WIDTH) && groups.filter((g) => g.length >= 3).length >= MIN_WRAPPED_PARAGRAPHS;
}
