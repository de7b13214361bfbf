import { readClipperHeader } from './clippingHead';
import { mentionToIso, type DateMention } from './dates';
import { finishArticle } from './finishArticle';
import { readFrontMatter } from './frontMatter';
import { readHtmlAsText } from './readHtmlAsText';
import type { Block, ParsedArticle } from './types';

/** Front matter is still read (YAML, bounded in size): real front matter is a few hundred characters. */
const MAX_FRONT_MATTER_CHARS = 16_384;
const MAX_TITLE_CHARS = 200;

/**
 * The linear reader, for a file whose format's parser would take too long (findSlowShape found a known slow
 * shape, or the parse ran out of its budget): its text, in time that grows with its size alone. HTML through a
 * tokenizer and a stack of open elements; Markdown and plain text as they stand, in paragraphs at blank lines,
 * each line kept a line, and Markdown's front matter still read.
 */
export function readPlainText(ext: string, text: string): ParsedArticle {
  if (ext === '.html' || ext === '.htm') return readHtmlAsText(text);
  const markdown = ext === '.md' || ext === '.markdown';
  const { fields, body } = markdown ? readFrontMatter(text, MAX_FRONT_MATTER_CHARS) : { fields: null, body: text };
  const blocks = paragraphs(body);
  const headerDate = markdown ? null : takeClipperHeader(blocks);
  const firstLine = blocks[0]?.text.split('\n', 1)[0];
  let title = fields?.title ?? null;
  if (!title && firstLine !== undefined && firstLine.length <= MAX_TITLE_CHARS) {
    title = markdown ? firstLine.replace(/^#+\s*/, '') : firstLine;
    const rest = blocks[0]!.text.slice(firstLine.length + 1);
    if (rest) blocks[0] = { kind: 'p', text: rest };
    else blocks.shift();
  }
  return finishArticle({
    title,
    published: fields?.published ?? (headerDate ? mentionToIso(headerDate, null) : null),
    source: fields?.source ?? null,
    author: fields?.author ?? null,
    url: fields?.url?.startsWith('http') ? fields.url : null,
    tags: fields?.tags ?? [],
    blocks,
  });
}

/** Removes a clipping's " date YYYY-MM-DD" header from its first line and returns the date: one line, read in constant time. */
function takeClipperHeader(blocks: Block[]): DateMention | null {
  const first = blocks[0]?.text ?? '';
  const line = first.split('\n', 1)[0]!;
  const header = readClipperHeader(line);
  if (!header) return null;
  const text = (header.rest + first.slice(line.length)).replace(/^\n/, '');
  if (text.trim()) blocks[0] = { kind: 'p', text };
  // A file of the header alone still holds text: it is kept as its title, never refused.
  else if (blocks.length > 1) blocks.shift();
  return header.date;
}

function paragraphs(text: string): Block[] {
  return text
    .split(/\n(?:[ \t]*\n)+/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .map((paragraph): Block => ({ kind: 'p', text: paragraph }));
}
