import type { HighlightColor } from '../../common/shapes/highlightColors';
import { isoTime, movedItem, splitTags, type MovedHighlight, type MovedItem } from './MovedExport';
import { hasColumns, type CsvRow } from './readCsv';
import { httpUrl } from './readPocket';

/** The import template Dossier's CSV export writes. */
export const READWISE_TEMPLATE = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'];
/** Readwise's own export. */
export const READWISE_EXPORT = ['Highlight', 'Book Title', 'Book Author', 'Note', 'Color', 'Tags', 'Location', 'Highlighted at', 'Document tags'];

/** Readwise's colours (Reader's among them) as Dossier's five. */
const COLORS: Record<string, HighlightColor> = { yellow: 'yellow', blue: 'blue', green: 'green', purple: 'purple', pink: 'red', red: 'red', orange: 'red' };

export function isReadwiseCsv(columns: readonly string[]): boolean {
  return hasColumns(columns, READWISE_TEMPLATE) || hasColumns(columns, READWISE_EXPORT);
}

/**
 * Highlights from either Readwise CSV, one item per article (by address, else by title and author). The template
 * carries tags as ".tag" words after the note, as Dossier writes them; Readwise's export has Tags and Document tags.
 */
export function readReadwise(rows: CsvRow[]): MovedItem[] {
  const items = new Map<string, MovedItem>();
  for (const row of rows) {
    const quote = (row.highlight ?? '').trim();
    if (!quote) continue;
    const title = (row.title ?? row['book title'] ?? '').trim() || null;
    const author = (row.author ?? row['book author'] ?? '').trim() || null;
    const url = httpUrl(row.url);
    const key = url ?? `readwise:${title ?? 'Untitled'}${author ? ` — ${author}` : ''}`;
    let item = items.get(key);
    if (!item) items.set(key, (item = movedItem({ key, url, title, author, matchByTitle: true })));
    item.tags.push(...splitTags(row['document tags']).filter((t) => !item.tags.includes(t)));
    const { note, tags } = noteAndTags(row.note ?? '');
    item.highlights.push({
      quote,
      note,
      tags: [...tags, ...splitTags(row.tags)],
      color: COLORS[(row.color ?? '').trim().toLowerCase()] ?? 'yellow',
      created: isoTime(row.date ?? row['highlighted at']),
      key: `${key}|${row.location ?? ''}|${quote}`,
    } satisfies MovedHighlight);
  }
  return [...items.values()];
}

/** A note whose last line is only ".tag" words: the note above it, and those tags (Readwise's inline tags). */
function noteAndTags(text: string): { note: string; tags: string[] } {
  const lines = text.trim().split(/\r?\n/);
  const last = lines.at(-1)?.trim() ?? '';
  if (!/^(\.[^\s.]\S*)(\s+\.[^\s.]\S*)*$/.test(last)) return { note: text.trim(), tags: [] };
  return { note: lines.slice(0, -1).join('\n').trim(), tags: last.split(/\s+/).map((t) => t.slice(1)) };
}
