import { strFromU8, unzipSync } from 'fflate';
import { isoTime, movedItem, type MovedHighlight, type MovedItem } from './MovedExport';
import { httpUrl } from './readPocket';

/** Uncompressed, the export is read whole: at most this much. */
const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
const METADATA = /(^|\/)metadata_[^/]*\.json$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Omnivore's export zip: `metadata_*.json` (lists of {id, slug, title, author, url, labels, readingProgressPercent,
 * savedAt, state…}), `content/<slug>.html` (the saved page) and `highlights/<slug>.md` (each highlight a `> quote`
 * block, its note in the paragraphs after it). Null when the zip holds no such metadata.
 */
export function readOmnivore(bytes: Uint8Array): MovedItem[] | null {
  let total = 0;
  const files = unzipSync(bytes, {
    filter: (f) => {
      total += f.originalSize;
      if (total > MAX_UNZIPPED_BYTES) throw new Error(`the zip holds more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB`);
      return !f.name.endsWith('/');
    },
  });
  const names = Object.keys(files);
  const metadata = names.filter((n) => METADATA.test(n)).sort();
  if (metadata.length === 0) return null;
  const entry = (folder: string, slug: string, ext: string) => {
    const name = names.find((n) => n === `${folder}/${slug}${ext}` || n.endsWith(`/${folder}/${slug}${ext}`));
    return name ? strFromU8(files[name]!) : null;
  };
  const items: MovedItem[] = [];
  for (const name of metadata) {
    const list: unknown = JSON.parse(strFromU8(files[name]!));
    for (const m of Array.isArray(list) ? list : []) {
      if (!isObject(m)) continue;
      const slug = text(m.slug);
      const id = text(m.id) ?? slug;
      const url = httpUrl(text(m.url) ?? undefined);
      if (!id || (!url && !slug)) continue;
      const progress = Number(m.readingProgressPercent ?? m.readingProgress);
      const finished = Number.isFinite(progress) && progress >= 100;
      items.push(
        movedItem({
          key: `omnivore:${id}`,
          url,
          title: text(m.title),
          author: text(m.author),
          tags: (Array.isArray(m.labels) ? m.labels : []).map((l) => text(isObject(l) ? l.name : l)).filter((l): l is string => l !== null),
          added: isoTime(m.savedAt),
          read: finished || /archived/i.test(text(m.state) ?? '') ? true : null,
          progress: Number.isFinite(progress) && progress > 0 ? Math.min(progress, 100) / 100 : null,
          page: slug ? entry('content', slug, '.html') : null,
          highlights: slug ? readHighlights(entry('highlights', slug, '.md') ?? '', id) : [],
        }),
      );
    }
  }
  return items;
}

/** `> quote` blocks (a trailing link back to Omnivore dropped), each followed by its note's paragraphs. */
export function readHighlights(markdown: string, articleId: string): MovedHighlight[] {
  const highlights: MovedHighlight[] = [];
  const paragraphs = markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const paragraph of paragraphs) {
    const lines = paragraph.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((l) => l.trimStart().startsWith('>'))) {
      const quote = lines
        .map((l) => l.trimStart().replace(/^>\s?/, ''))
        .join('\n')
        .replace(/\s*\[[^\]]*\]\([^)]*\)\s*$/, '')
        .trim();
      if (quote) highlights.push({ quote, note: '', color: 'yellow', tags: [], created: null, key: `omnivore:${articleId}|${highlights.length}|${quote}` });
    } else if (highlights.length > 0 && !/^#{1,6}\s/.test(lines[0]!)) {
      const last = highlights.at(-1)!;
      last.note = last.note ? `${last.note}\n\n${lines.join('\n')}` : lines.join('\n');
    }
  }
  return highlights;
}
