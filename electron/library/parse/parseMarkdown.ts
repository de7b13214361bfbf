import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { finishArticle } from './finishArticle';
import { readFrontMatter } from './frontMatter';
import { dropFurniture } from './furniture';
import { htmlToBlocks } from './htmlToBlocks';
import type { PictureResolver } from './localPictures';
import type { ParsedArticle } from './types';

/**
 * Markdown articles. marked renders the body to HTML, which then goes through the same DOM walk as HTML pages,
 * so emphasis, links, entities and inline HTML are handled once, and raw HTML in the Markdown is never stored.
 */
export function parseMarkdown(source: string, resolve?: PictureResolver): ParsedArticle {
  const { fields, body } = readFrontMatter(source);
  const html = marked.parse(body, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const { blocks, tags } = dropFurniture(htmlToBlocks(document.body, fields.url, resolve));
  let title = fields.title;
  if (!title && blocks[0]?.kind === 'h' && blocks[0].level === 1) title = blocks.shift()!.text;
  return finishArticle({
    ...fields,
    title,
    url: fields.url?.startsWith('http') ? fields.url : null,
    tags: [...fields.tags, ...tags],
    blocks,
  });
}
