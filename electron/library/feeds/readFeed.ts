import { parseFeed, type AnyFeed } from 'feedsmith';
import { decodeText } from '../parse/decodeText';
import { htmlText } from './htmlText';

/** One item of a feed, the same whatever the format; HTML fields are the feed's markup, never rendered. */
export interface FeedEntry {
  guid: string | null;
  url: string | null;
  title: string | null;
  author: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  /** The item's full content as HTML (content:encoded, Atom content, content_html; plain text escaped), or null. */
  content: string | null;
  /** Its description or summary, as HTML. */
  summary: string | null;
}

export interface ParsedFeed {
  format: AnyFeed['format'];
  title: string | null;
  siteUrl: string | null;
  entries: FeedEntry[];
}

/** Why a fetched document is not a feed, for the feed list to say. */
export class FeedFormatError extends Error {
  override name = 'FeedFormatError';
}

/**
 * Reads RSS 2.0 (and 0.9x), RSS 1.0/RDF, Atom and JSON Feed with feedsmith, a kept parser tested on real-world
 * feeds, into entries whose links are absolute (read against `baseUrl`, the address the feed came from).
 */
export function readFeed(bytes: Uint8Array, baseUrl: string): ParsedFeed {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(text.trimStart().startsWith('{') ? JSON.parse(text) : text);
  } catch (err) {
    const why = err instanceof SyntaxError ? `it is not valid JSON (${err.message})` : err instanceof Error ? err.message : String(err);
    throw new FeedFormatError(
      `not a feed that can be read: ${why.replace(/^Unrecognized feed format$/, 'it is neither RSS, RDF, Atom nor JSON Feed').replace(/^Invalid feed format$/, 'its XML is malformed')}`,
    );
  }
  const link = (href: string | null | undefined) => absolute(href, baseUrl);
  switch (parsed.format) {
    case 'rss': {
      const { feed } = parsed;
      return {
        format: 'rss',
        title: plain(feed.title),
        siteUrl: link(feed.link),
        entries: (feed.items ?? []).map((item) => ({
          guid: item.guid?.value?.trim() || null,
          url: link(item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined)),
          title: plain(item.title),
          author: plain(item.authors?.[0]?.name ?? item.dc?.creators?.[0]),
          published: day(item.pubDate ?? item.dc?.dates?.[0]),
          content: item.content?.encoded?.trim() || null,
          summary: item.description?.trim() || null,
        })),
      };
    }
    case 'rdf': {
      const { feed } = parsed;
      return {
        format: 'rdf',
        title: plain(feed.title),
        siteUrl: link(feed.link),
        entries: (feed.items ?? []).map((item) => ({
          guid: item.rdf?.about?.trim() || null,
          url: link(item.link ?? item.rdf?.about),
          title: plain(item.title),
          author: plain(item.dc?.creators?.[0]),
          published: day(item.dc?.dates?.[0]),
          content: item.content?.encoded?.trim() || null,
          summary: item.description?.trim() || null,
        })),
      };
    }
    case 'atom': {
      const { feed } = parsed;
      const alternate = (links: { href?: string; rel?: string }[] | undefined) => links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
      return {
        format: 'atom',
        title: plain(feed.title?.type?.includes('html') ? htmlText(feed.title.value) : feed.title?.value),
        siteUrl: link(alternate(feed.links)),
        entries: (feed.entries ?? []).map((entry) => ({
          guid: entry.id?.trim() || null,
          url: link(alternate(entry.links)),
          title: plain(entry.title?.type?.includes('html') ? htmlText(entry.title.value) : entry.title?.value),
          author: plain(entry.authors?.[0]?.name),
          published: day(entry.published ?? entry.updated),
          content: atomHtml(entry.content),
          summary: atomHtml(entry.summary),
        })),
      };
    }
    case 'json': {
      const { feed } = parsed;
      return {
        format: 'json',
        title: plain(feed.title),
        siteUrl: link(feed.home_page_url),
        entries: (feed.items ?? []).map((item) => ({
          guid: item.id === undefined || item.id === null ? null : String(item.id).trim() || null,
          url: link(item.url ?? item.external_url),
          title: plain(item.title),
          author: plain(item.authors?.[0]?.name),
          published: day(item.date_published ?? item.date_modified),
          content: item.content_html?.trim() || (item.content_text?.trim() ? textAsHtml(item.content_text) : null),
          summary: item.summary?.trim() ? textAsHtml(item.summary) : null,
        })),
      };
    }
  }
}

/** Atom text constructs: `html` and `xhtml` are markup, `text` (the default) is text. */
function atomHtml(construct: { value?: string; type?: string } | undefined): string | null {
  const value = construct?.value?.trim();
  if (!value) return null;
  return construct?.type === 'html' || construct?.type === 'xhtml' || construct?.type?.includes('html') ? value : textAsHtml(value);
}

/** Plain text as HTML that says exactly that text, in its paragraphs. */
export function textAsHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escape(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Titles and names are text (Atom's type="html" ones are read as HTML first), on one line. */
function plain(value: string | null | undefined): string | null {
  return value?.replace(/\s+/g, ' ').trim() || null;
}

function day(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** An http(s) address, read against the feed's own; anything else (javascript:, data:) is dropped. */
function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
