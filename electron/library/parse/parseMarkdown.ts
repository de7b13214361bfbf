import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { findDate, mentionToIso } from './dates';
import { finishArticle } from './finishArticle';
import { dropFurniture } from './furniture';
import { htmlToBlocks, safeHref } from './htmlToBlocks';
import { ParseError, type ParsedArticle } from './types';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Markdown articles. marked renders the body to HTML, which then goes through the same DOM walk as HTML pages,
 * so emphasis, links, entities and inline HTML are handled once, and raw HTML in the Markdown is never stored.
 */
export function parseMarkdown(source: string): ParsedArticle {
  const fm = FRONT_MATTER.exec(source);
  const meta = fm ? readFrontMatter(fm[1]!) : {};
  const html = marked.parse(source.slice(fm?.[0].length ?? 0), { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const url = typeof meta.url === 'string' ? (safeHref(meta.url, null) ?? null) : null;
  const { blocks, tags } = dropFurniture(htmlToBlocks(document.body, url));
  let title = text(meta.title);
  if (!title && blocks[0]?.kind === 'h' && blocks[0].level === 1) title = blocks.shift()!.text;
  const date = text(meta.date);
  const found = date ? findDate(date) : null;
  return finishArticle({
    title,
    published: found ? mentionToIso(found, null) : null,
    source: text(meta.source),
    author: Array.isArray(meta.author) ? meta.author.map(text).filter(Boolean).join(', ') : text(meta.author),
    url: url?.startsWith('http') ? url : null,
    tags: [...list(meta.tags), ...tags],
    blocks,
  });
}

function readFrontMatter(yaml: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (e) {
    throw new ParseError(`the front matter is not valid YAML: ${(e as Error).message.split('\n')[0]?.replace(/:$/, '')}`);
  }
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** A scalar front-matter value as text (YAML reads `title: 1984` as a number). */
function text(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((t): t is string => t !== null);
  return text(value)?.split(',') ?? [];
}
