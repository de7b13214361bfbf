import { BlockWriter } from './BlockWriter';
import type { PictureResolver } from './localPictures';
import { PICTURE, writePicture } from './pictureBlocks';
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

/** What a walk through a document writes to and resolves against. */
interface Walk {
  w: BlockWriter;
  baseUrl: string | null;
  /** The kept picture for a page's reference; without it pictures are left out, as before. */
  resolve?: PictureResolver;
}

/**
 * The document's text as blocks; inline emphasis and safe links become marks; pictures `resolve` keeps become image
 * blocks, captioned. h1 keeps level 1 for the caller to use as a title.
 */
export function htmlToBlocks(root: Element, baseUrl: string | null, resolve?: PictureResolver): Block[] {
  const w = new BlockWriter();
  walk(root, 'p', { w, baseUrl, resolve });
  w.flush();
  return w.blocks;
}

function walk(node: Node, container: BlockKind, ctx: Walk): void {
  const { w } = ctx;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) w.append(child.nodeValue ?? '');
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.nodeName.toLowerCase();
    const heading = HEADING.exec(tag);
    if (ctx.resolve && PICTURE.has(tag) && writePicture(el, tag, w, ctx.resolve, (caption) => walkInline(caption, ctx))) w.start(container);
    else if (SKIP.has(tag)) continue;
    else if (heading) {
      w.start('h', Number(heading[1]));
      walk(el, 'h', ctx);
      w.start(container);
    } else if (tag === 'table' && isDataTable(el)) {
      writeTable(el, ctx);
      w.start(container);
    } else if (tag === 'pre') {
      w.start('code');
      // As in HTML, a line break right after <pre> is not part of its text.
      w.appendRaw((el.textContent ?? '').replace(/^\r?\n/, ''));
      w.start(container);
    } else if (tag === 'li' || tag === 'blockquote') {
      const kind = tag === 'li' ? 'li' : 'quote';
      w.start(kind);
      walk(el, kind, ctx);
      w.start(container);
    } else if (BLOCK.has(tag) || tag === 'ul' || tag === 'ol') {
      w.start(container);
      walk(el, container, ctx);
      w.start(container);
    } else if (tag === 'br') {
      w.lineBreak();
    } else if (tag === 'td' || tag === 'th') {
      if (el.previousElementSibling) w.append(' | ');
      walk(el, container, ctx);
    } else {
      const start = w.offset;
      walk(el, container, ctx);
      markInline(el, tag, start, ctx);
    }
  }
}

/**
 * Tables of data are kept as tables; tables that only lay a page out (one row or column, a table inside, cells of
 * running text, a presentation role) are read as text as before. The same signs Readability weighs, kept short.
 */
function isDataTable(table: Element): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none' || table.querySelector('table')) return false;
  const rows = tableRows(table);
  const columns = Math.max(0, ...rows.map((r) => cellsOf(r).length));
  if (rows.length < 2 || columns < 2) return false;
  return rows.every((r) => cellsOf(r).every((c) => (c.textContent ?? '').length <= MAX_CELL_CHARS));
}

/** Longer than this, a cell holds running text: the table lays out a page. */
const MAX_CELL_CHARS = 400;

function writeTable(table: Element, ctx: Walk): void {
  const { w } = ctx;
  const caption = Array.from(table.children).find((c) => c.nodeName.toLowerCase() === 'caption');
  if (caption) {
    w.start('p');
    walkInline(caption, ctx);
  }
  w.start('table');
  tableRows(table).forEach((tr, row) => {
    if (row > 0) w.lineBreak();
    cellsOf(tr).forEach((cell, i) => {
      if (i > 0) w.append(' | ');
      const start = w.offset;
      walkInline(cell, ctx);
      const span = Number(cell.getAttribute('colspan'));
      w.cell(row, start, cell.nodeName.toLowerCase() === 'th', Number.isInteger(span) && span > 1 ? Math.min(span, MAX_SPAN) : 1);
    });
  });
}

/** Beyond this a column span is a page's trick, not a table's. */
const MAX_SPAN = 50;

function tableRows(table: Element): Element[] {
  return Array.from(table.children).flatMap((child) => {
    const tag = child.nodeName.toLowerCase();
    if (tag === 'tr') return [child];
    return tag === 'thead' || tag === 'tbody' || tag === 'tfoot' ? Array.from(child.children).filter((r) => r.nodeName.toLowerCase() === 'tr') : [];
  });
}

function cellsOf(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => /^t[dh]$/i.test(c.nodeName));
}

/** A cell's content, on its row's line: its own blocks and line breaks become spaces; links and emphasis stay marks. */
function walkInline(node: Node, ctx: Walk): void {
  const { w } = ctx;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) w.append(child.nodeValue ?? '');
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.nodeName.toLowerCase();
    if (SKIP.has(tag)) continue;
    const apart = tag === 'br' || BLOCK.has(tag) || HEADING.test(tag) || tag === 'li';
    if (apart) w.append(' ');
    const start = w.offset;
    walkInline(el, ctx);
    if (apart) w.append(' ');
    else markInline(el, tag, start, ctx);
  }
}

function markInline(el: Element, tag: string, start: number, { w, baseUrl }: Walk): void {
  const href = tag === 'a' ? safeHref(el.getAttribute('href'), baseUrl) : undefined;
  if (href) w.mark(start, 'link', href);
  else if (STYLE[tag]) w.mark(start, STYLE[tag]);
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
