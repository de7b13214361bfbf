import { Parser } from 'htmlparser2';

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml']);

/**
 * The feeds a page advertises (`<link rel="alternate" type="application/rss+xml" href="…">`, and Atom, JSON Feed
 * and RDF alike), as absolute http(s) addresses in the page's order. Only the page's head is read.
 */
export function discoverFeeds(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  let base = pageUrl;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'body') return parser.reset();
        if (name === 'base' && attributes.href) base = resolve(attributes.href, pageUrl) ?? base;
        if (name !== 'link') return;
        const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        const type = (attributes.type ?? '').toLowerCase().split(';')[0]!.trim();
        if (!rel.includes('alternate') || !FEED_TYPES.has(type) || !attributes.href) return;
        const url = resolve(attributes.href, base);
        if (url && !found.includes(url)) found.push(url);
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

function resolve(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
