/**
 * From a DOM selection to offsets in the article's body. Every piece of body text is rendered alone in a leaf
 * element whose `data-o` holds the body offset where it begins (see BlockView), so a point inside a leaf maps
 * directly, whatever marks wrap it. Any other point (between elements, inside an entity card or a screen-reader
 * label, outside the body) maps to the start of the next leaf, or the end of the last one.
 */
import { trimRange, type Span } from './segments';

export const OFFSET_ATTRIBUTE = 'data-o';

function leafStart(leaf: Element): number {
  return Number(leaf.getAttribute(OFFSET_ATTRIBUTE));
}

function pointToOffset(root: Element, node: Node, offset: number): number {
  if (node.nodeType === Node.TEXT_NODE) {
    const leaf = node.parentElement;
    if (leaf?.hasAttribute(OFFSET_ATTRIBUTE) && root.contains(leaf)) return leafStart(leaf) + offset;
  }
  const point = document.createRange();
  point.setStart(node, offset);
  const leaves = root.querySelectorAll(`[${OFFSET_ATTRIBUTE}]`);
  for (const leaf of leaves) if (point.comparePoint(leaf, 0) >= 0) return leafStart(leaf);
  const last = leaves[leaves.length - 1];
  return last ? leafStart(last) + (last.textContent ?? '').length : 0;
}

export interface TextSelection extends Span {
  text: string;
  /** Where the selection ends on screen, for placing the toolbar. */
  rect: DOMRect;
}

/**
 * The document's selection as a range of `body` (trimmed of whitespace, then given to `snap`, which may widen it to
 * whole words), if it covers some of the text under `root`.
 */
export function selectionIn(root: Element, body: string, snap?: (span: Span) => Span): TextSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  // Typing in a field among the text (the article's note, its tags) selects in the field, not in the article.
  const active = document.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || (active instanceof HTMLElement && active.isContentEditable)) return null;
  const trimmed = trimRange(body, pointToOffset(root, range.startContainer, range.startOffset), pointToOffset(root, range.endContainer, range.endOffset));
  if (!trimmed) return null;
  const span = snap ? snap(trimmed) : trimmed;
  const rects = range.getClientRects();
  const rect = rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect();
  return { ...span, text: body.slice(span.start, span.end), rect };
}
