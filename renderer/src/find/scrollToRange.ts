/** The nearest ancestor that scrolls vertically (the article pane). */
function scroller(node: Node): HTMLElement | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) return el;
  }
  return null;
}

/** Scrolls the range to the middle of its pane unless it is already well in view below `coveredTop` px of the pane. */
export function scrollToRange(range: Range, coveredTop: number): void {
  const pane = scroller(range.startContainer);
  if (!pane) return;
  const box = pane.getBoundingClientRect();
  const rect = range.getBoundingClientRect();
  const top = box.top + coveredTop;
  if (rect.top >= top + 8 && rect.bottom <= box.bottom - 8) return;
  pane.scrollBy({ top: rect.top - (top + box.bottom) / 2 + rect.height / 2 });
}

/** Index of the first range whose top is at or below `y` on screen (the first match from here on), else 0. */
export function firstFrom(ranges: readonly (Range | null)[], y: number): number {
  const i = ranges.findIndex((r) => r !== null && r.getBoundingClientRect().top >= y);
  return Math.max(0, i);
}
