import { BlockWriter } from './BlockWriter';
import type { Block, BlockKind } from './types';

/** Never article text: code, embedded media, forms and page chrome. */
export const SKIP = new Set(
  'script style noscript template iframe object embed svg math canvas img picture video audio source track button form input select textarea option nav footer aside head title meta link dialog'.split(
    ' ',
  ),
);
export const BLOCK = new Set(
  'p div section article main header figure figcaption dt dd pre tr table address center details summary caption hgroup dl'.split(' '),
);
const HEADING = /^h([1-6])$/;
const STYLE: Record<string, 'em' | 'strong' | 'code'> = {
  em: 'em',
  i: 'em',
  cite: 'em',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
};

/** The document's text as blocks; inline emphasis and safe links become marks. h1 keeps level 1 for the caller to use as a title. */
export function htmlToBlocks(root: Element, baseUrl: string | null): Block[] {
  const writer = new BlockWriter();
  walk(root, 'p', writer, baseUrl);
  writer.flush();
  return writer.blocks;
}

function walk(node: Node, container: BlockKind, w: BlockWriter, baseUrl: string | null): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) w.append(child.nodeValue ?? '');
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.nodeName.toLowerCase();
    const heading = HEADING.exec(tag);
    const style = STYLE[tag];
    if (SKIP.has(tag)) continue;
    if (heading) {
      w.start('h', Number(heading[1]));
      walk(el, 'h', w, baseUrl);
      w.start(container);
    } else if (tag === 'li' || tag === 'blockquote') {
      const kind = tag === 'li' ? 'li' : 'quote';
      w.start(kind);
      walk(el, kind, w, baseUrl);
      w.start(container);
    } else if (BLOCK.has(tag) || tag === 'ul' || tag === 'ol') {
      w.start(container);
      walk(el, container, w, baseUrl);
      w.start(container);
    } else if (tag === 'br') {
      w.lineBreak();
    } else if (tag === 'td' || tag === 'th') {
      if (el.previousElementSibling) w.append(' | ');
      walk(el, container, w, baseUrl);
    } else {
      const start = w.offset;
      walk(el, container, w, baseUrl);
      const href = tag === 'a' ? safeHref(el.getAttribute('href'), baseUrl) : undefined;
      if (href) w.mark(start, 'link', href);
      else if (style) w.mark(start, style);
    }
  }
}

/** An absolute http(s) or mailto URL, or undefined: javascript:, data: and the like never reach storage. */
export function safeHref(href: string | null, baseUrl: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), baseUrl ?? undefined);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
