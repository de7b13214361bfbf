import { parseHTML } from 'linkedom';
import { htmlToBlocks } from '../../parse/htmlToBlocks';
import type { PictureResolver } from '../../parse/localPictures';
import type { Block, InlineMark } from '../../parse/types';

/**
 * An article's blocks as Markdown that a reader shows as the article, and that `markdownToBlocks` turns back into
 * exactly the same blocks. Every character of the text that Markdown could read as syntax is escaped, so the only
 * syntax in the file is what this writes: emphasis, strong, code, links, `\` line breaks, and character references
 * for spaces at a line's ends (which Markdown would drop).
 */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocks.map(blockMarkdown).join('\n\n');
}

function blockMarkdown(block: Block): string {
  const text = inline(block.text, block.marks ?? []);
  switch (block.kind) {
    case 'h':
      return `${'#'.repeat(block.level ?? 2)} ${text.replace(/\\\n/g, '&#10;')}`;
    case 'li':
      return `- ${text.replace(/\n/g, '\n  ')}`;
    case 'quote':
      return text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'p':
      return text;
    case 'code':
    case 'table':
    case 'image':
      return blockHtml(block);
  }
}

/**
 * Code, tables and pictures as one line of HTML, which Markdown readers show as such and which has no blank line
 * to split a chunk at; read back by the same walk that reads saved pages, so they come back as the blocks they were.
 */
function blockHtml(block: Block): string {
  const marks = block.marks ?? [];
  if (block.kind === 'code') return `<pre><code>${escapeHtml(block.text).replace(/\n/g, '&#10;')}</code></pre>`;
  if (block.kind === 'image') {
    const { hash, alt = '' } = block.picture ?? {};
    // A picture that was not kept keeps its alt text, on an image that names no file.
    const img = `<img${hash ? ` src="${PICTURES}/${hash}"` : ''} alt="${escapeHtml(alt)}">`;
    return `<figure>${img}${block.text ? `<figcaption>${inlineHtml(block.text, marks).replace(/\n/g, '<br>')}</figcaption>` : ''}</figure>`;
  }
  const rows: string[] = [];
  for (const c of block.cells ?? []) {
    const tag = c.head ? 'th' : 'td';
    const inside = marks.flatMap((m) => (m.start >= c.start && m.end <= c.end ? [{ ...m, start: m.start - c.start, end: m.end - c.start }] : []));
    rows[c.row] = `${rows[c.row] ?? ''}<${tag}${c.span ? ` colspan="${c.span}"` : ''}>${inlineHtml(block.text.slice(c.start, c.end), inside)}</${tag}>`;
  }
  return `<table>${rows.map((r) => `<tr>${r ?? ''}</tr>`).join('')}</table>`;
}

/** Where a library export keeps its pictures, beside the articles, as `<hash>`. */
export const PICTURES = 'pictures';

const HTML_TAG: Record<InlineMark['style'], string> = { em: 'em', strong: 'strong', code: 'code', link: 'a' };

/** The text with its marks as HTML elements; marks that cross another are left out, as in Markdown. */
function inlineHtml(text: string, marks: readonly InlineMark[]): string {
  return writeMarked(text, nested(marks, text.length), escapeHtml, (m, _raw, content) => {
    const tag = HTML_TAG[m.style];
    return `${m.style === 'link' ? `<a href="${escapeHtml(m.href ?? '')}">` : `<${tag}>`}${content()}</${tag}>`;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

const SYNTAX: Record<Exclude<InlineMark['style'], 'link' | 'code'>, string> = { em: '*', strong: '**' };

/** The text with its marks; marks that cross another, or that Markdown cannot hold, are left out (the text never is). */
function inline(text: string, marks: readonly InlineMark[]): string {
  const kept = nested(marks, text.length).filter((m) => m.style !== 'code' || !text.slice(m.start, m.end).includes('\n'));
  return guardLineEnds(writeMarked(text, kept, escape, wrap));
}

/** The text with nested marks, each written by `wrap` around its content (written the same way), the rest by `plain`. */
function writeMarked(
  text: string,
  marks: readonly InlineMark[],
  plain: (text: string) => string,
  wrap: (mark: InlineMark, raw: string, content: () => string) => string,
): string {
  const write = (from: number, to: number, inside: readonly InlineMark[]): string => {
    let out = '';
    let at = from;
    for (let i = 0; i < inside.length; i++) {
      const m = inside[i]!;
      if (m.start < at) continue;
      const within = inside.filter((n, j) => j > i && n.start >= m.start && n.end <= m.end);
      out += plain(text.slice(at, m.start)) + wrap(m, text.slice(m.start, m.end), () => write(m.start, m.end, within));
      at = m.end;
    }
    return out + plain(text.slice(at, to));
  };
  return write(0, text.length, marks);
}

/** The marks that nest, in order: one that crosses another, or falls inside code, is left out. */
function nested(marks: readonly InlineMark[], length: number): InlineMark[] {
  const kept: InlineMark[] = [];
  for (const m of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.end <= m.start || m.end > length) continue;
    const crosses = kept.some((k) => m.start < k.end && m.end > k.end);
    const codeInside = kept.some((k) => k.style === 'code' && m.start < k.end && m.end > k.start);
    if (!crosses && !codeInside) kept.push(m);
  }
  return kept;
}

function wrap(mark: InlineMark, raw: string, content: () => string): string {
  if (mark.style === 'code') {
    const fence = '`'.repeat(Math.max(0, ...(raw.match(/`+/g) ?? []).map((run) => run.length)) + 1);
    return `${fence} ${raw} ${fence}`;
  }
  if (mark.style === 'link') return `[${content()}](<${(mark.href ?? '').replace(/[%<>\s\\]/g, encodeURIComponent)}>)`;
  return `${SYNTAX[mark.style]}${content()}${SYNTAX[mark.style]}`;
}

/** Characters Markdown (CommonMark, GFM, Obsidian) may read as syntax, and the ones `readInline` reads; a backslash keeps each itself. */
const SPECIAL = /[\\`*_[\]<>#|~=^$%&]/g;

function escape(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(/\r?\n/g, '\\\n');
}

/** Spaces and tabs that begin or end a line as character references, which Markdown keeps. */
function guardLineEnds(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+|[ \t]+(?=\\?$)/g, (run) => [...run].map((c) => `&#${c.charCodeAt(0)};`).join(''))
        // A line starting "- ", "+ " or "1. " would be a list item.
        .replace(/^([-+])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** The blocks `blocksToMarkdown` wrote; `resolve` finds the pictures it refers to. */
export function markdownToBlocks(markdown: string, resolve?: PictureResolver): Block[] {
  if (markdown.trim() === '') return [];
  return markdown.split(/\n\n(?=[^\n])/).flatMap((chunk): Block | Block[] => {
    if (/^<figure><img alt=/.test(chunk)) return missingPicture(chunk);
    if (/^<(?:pre|table|figure)>/.test(chunk)) return htmlToBlocks(parseHTML(`<!doctype html><html><body>${chunk}</body></html>`).document.body, null, resolve);
    const heading = /^(#{2,6}) /.exec(chunk);
    if (heading) {
      const { text, marks } = readInline(chunk.slice(heading[0].length));
      return { kind: 'h', text, level: heading[1]!.length, ...(marks && { marks }) };
    }
    if (chunk.startsWith('- ')) return { kind: 'li', ...readInline(chunk.slice(2).replace(/\n {2}/g, '\n')) };
    if (chunk.startsWith('>')) return { kind: 'quote', ...readInline(chunk.replace(/^> ?/gm, '')) };
    return { kind: 'p', ...readInline(chunk) };
  });
}

/** An image block whose picture was not kept, as `blockHtml` wrote it: its caption and alt text. */
function missingPicture(chunk: string): Block {
  const figure = parseHTML(`<!doctype html><html><body>${chunk}</body></html>`).document.querySelector('figure')!;
  const caption = figure.querySelector('figcaption');
  const [read] = caption ? htmlToBlocks(caption, null) : [];
  return {
    kind: 'image',
    text: read?.text ?? '',
    ...(read?.marks && { marks: read.marks }),
    picture: { alt: figure.querySelector('img')!.getAttribute('alt') ?? '' },
  };
}

/** Text and marks from the inline syntax `inline` writes, and only that. */
function readInline(source: string): { text: string; marks?: InlineMark[] } {
  let text = '';
  const marks: InlineMark[] = [];
  const open: { style: InlineMark['style']; start: number }[] = [];
  const close = (style: InlineMark['style'], extra: Partial<InlineMark> = {}) => {
    const i = open.map((o) => o.style).lastIndexOf(style);
    const [o] = open.splice(i, 1);
    marks.push({ start: o!.start, end: text.length, style, ...extra });
  };
  for (let i = 0; i < source.length;) {
    const rest = source.slice(i);
    const ref = /^&#(\d+);/.exec(rest);
    const fence = /^`+/.exec(rest);
    const linkEnd = /^\]\(<([^>]*)>\)/.exec(rest);
    if (rest.startsWith('\\\n')) [text, i] = [`${text}\n`, i + 2];
    else if (rest[0] === '\\' && rest.length > 1) [text, i] = [text + rest[1], i + 2];
    else if (ref) [text, i] = [text + String.fromCharCode(Number(ref[1])), i + ref[0].length];
    else if (fence) {
      const end = source.indexOf(` ${fence[0]}`, i + fence[0].length + 1);
      const start = text.length;
      text += source.slice(i + fence[0].length + 1, end);
      marks.push({ start, end: text.length, style: 'code' });
      i = end + fence[0].length + 1;
    } else if (rest.startsWith('**')) {
      if (open.some((o) => o.style === 'strong')) close('strong');
      else open.push({ style: 'strong', start: text.length });
      i += 2;
    } else if (rest[0] === '*') {
      if (open.some((o) => o.style === 'em')) close('em');
      else open.push({ style: 'em', start: text.length });
      i += 1;
    } else if (rest[0] === '[') [i] = [i + 1, open.push({ style: 'link', start: text.length })];
    else if (linkEnd) {
      close('link', { href: decodeURIComponent(linkEnd[1]!) });
      i += linkEnd[0].length;
    } else [text, i] = [text + rest[0], i + 1];
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  return marks.length > 0 ? { text, marks } : { text };
}
