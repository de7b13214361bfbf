import { Parser } from 'htmlparser2';
import { isoTime, movedItem, splitTags, type MovedItem } from './MovedExport';
import type { CsvRow } from './readCsv';

/** Pocket's HTML export holds its links as `<a href time_added tags>`; no saved page does. */
export function isPocketHtml(text: string): boolean {
  return /<a\s[^>]*\btime_added\s*=/i.test(text.slice(0, 64 * 1024));
}

/**
 * Pocket's HTML export: a `<ul>` of `<li><a href time_added tags>title</a>` under an "Unread" heading, and another
 * under "Read Archive". Tags are comma-separated; time_added is in Unix seconds.
 */
export function readPocketHtml(html: string): MovedItem[] {
  const items: MovedItem[] = [];
  let heading: string | null = null;
  let inHeading = false;
  let link: { href: string; added: string | null; tags: string[]; title: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (/^h[1-6]$/.test(name)) [inHeading, heading] = [true, ''];
        else if (name === 'a' && attrs.href) link = { href: attrs.href, added: isoTime(attrs.time_added), tags: splitTags(attrs.tags), title: '' };
      },
      ontext(text) {
        if (inHeading) heading += text;
        else if (link) link.title += text;
      },
      onclosetag(name) {
        if (/^h[1-6]$/.test(name)) inHeading = false;
        else if (name === 'a' && link) {
          const { href, added, tags, title } = link;
          const url = httpUrl(href);
          if (url) items.push(movedItem({ key: url, url, title: title.trim() || null, tags, added, read: readState(heading ?? undefined) }));
          link = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return items;
}

/** Pocket's CSV export: `title,url,time_added,tags,status`, tags separated by `|`, status `unread` or `archive`. */
export function readPocketCsv(rows: CsvRow[]): MovedItem[] {
  return rows.flatMap((row) => {
    const url = httpUrl(row.url);
    if (!url) return [];
    return [
      movedItem({ key: url, url, title: row.title?.trim() || null, tags: splitTags(row.tags), added: isoTime(row.time_added), read: readState(row.status) }),
    ];
  });
}

function readState(status: string | undefined): boolean | null {
  if (!status) return null;
  return /archive|read/i.test(status) && !/unread/i.test(status);
}

/** An http(s) address as given, or null: nothing else can be fetched. */
export function httpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
