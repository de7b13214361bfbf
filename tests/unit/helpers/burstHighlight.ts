import type { HighlightFields } from '../../../electron/common/shapes/highlightShapes';
import type { HighlightColor } from '../../../electron/common/shapes/highlightColors';

/** What highlightBurst prints once it starts writing. */
export const BURST_CUE = 'writing\n';
const COLORS: HighlightColor[] = ['yellow', 'red', 'green', 'blue', 'purple'];

/** Highlight n of a burst: its range in an article of `bodyLength` characters and its fields, all derived from n. */
export function burstHighlight(n: number, bodyLength: number): { start: number; end: number } & HighlightFields {
  const start = (n * 37) % (bodyLength - 40);
  // A note long enough to spill onto overflow pages, so a kill can land in the middle of writing one.
  const note = `burst ${n}: ${`note ${n} — 注释 `.repeat(40 + (n % 60))}`;
  return { start, end: start + 5 + (n % 30), color: COLORS[n % COLORS.length]!, note, tags: ['burst', `burst-${n % 7}`] };
}

/** Which burst highlight a note belongs to, or null for other notes. */
export function burstNumber(note: string): number | null {
  const match = /^burst (\d+): /.exec(note);
  return match ? Number(match[1]) : null;
}
