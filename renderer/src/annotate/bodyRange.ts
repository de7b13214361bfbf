import { OFFSET_ATTRIBUTE } from './selectionOffsets';

/** The article body's text nodes in order, each with the body offset where it begins (see BlockView's leaves). */
export interface LeafIndex {
  starts: number[];
  nodes: Text[];
}

export function leafIndex(root: Element): LeafIndex {
  const starts: number[] = [];
  const nodes: Text[] = [];
  for (const leaf of root.querySelectorAll(`[${OFFSET_ATTRIBUTE}]`)) {
    const node = leaf.firstChild;
    if (!(node instanceof Text)) continue;
    starts.push(Number(leaf.getAttribute(OFFSET_ATTRIBUTE)));
    nodes.push(node);
  }
  return { starts, nodes };
}

/** The last leaf beginning at or before `offset` (before it, for the end of a range), or -1. */
function leafAt({ starts }: LeafIndex, offset: number, isEnd: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (isEnd ? starts[mid]! < offset : starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A DOM range over body offsets [start, end); an end between blocks (the paragraph break, which is not rendered)
 * keeps to the text around it. Null when the body has no text there.
 */
export function bodyRange(index: LeafIndex, start: number, end: number): Range | null {
  let first = leafAt(index, start, false);
  if (first < 0 || start >= index.starts[first]! + index.nodes[first]!.length) first++;
  const last = leafAt(index, end, true);
  if (first >= index.nodes.length || last < first) return null;
  const range = document.createRange();
  range.setStart(index.nodes[first]!, Math.max(0, start - index.starts[first]!));
  range.setEnd(index.nodes[last]!, Math.min(index.nodes[last]!.length, end - index.starts[last]!));
  return range;
}
