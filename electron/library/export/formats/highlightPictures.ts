import type { Highlight } from '../../../common/shapes/highlightShapes';
import type { Block } from '../../parse/types';

/** A picture a highlight takes in, as the exports of notes carry it. */
export interface ExportPicture {
  hash: string;
  type: string;
  alt: string;
}

/** Blocks' texts are joined in the body by a blank line (blocksToText). */
const SEPARATOR = 2;

/**
 * The pictures each highlight takes in, by highlight id: an image block whose caption the highlight overlaps, or
 * which lies wholly within it (a picture without a caption is a point between two blank lines). `blocks` as stored:
 * their texts' lengths, not their texts; `types` the stored pictures' types. An orphaned highlight takes in none.
 */
export function highlightPictures(
  blocks: readonly (Omit<Block, 'text'> & { length: number })[],
  highlights: readonly Highlight[],
  types: ReadonlyMap<string, string>,
): Map<number, ExportPicture[]> {
  const shown: { start: number; end: number; picture: ExportPicture }[] = [];
  let at = 0;
  for (const b of blocks) {
    const type = b.picture?.hash && types.get(b.picture.hash);
    if (type) shown.push({ start: at, end: at + b.length, picture: { hash: b.picture!.hash!, type, alt: b.picture!.alt } });
    at += b.length + SEPARATOR;
  }
  const byHighlight = new Map<number, ExportPicture[]>();
  for (const h of highlights) {
    if (h.start === null || h.end === null) continue;
    const { start, end } = h;
    const taken = shown.filter((s) => (start < s.end && end > s.start) || (start <= s.start && end >= s.end)).map((s) => s.picture);
    if (taken.length > 0) byHighlight.set(h.id, taken);
  }
  return byHighlight;
}

const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/avif': '.avif',
  'image/svg+xml': '.svg',
};

/** Where a Markdown export keeps a picture, beside the notes: named by its hash, with the extension its type has. */
export function attachmentPath(picture: Pick<ExportPicture, 'hash' | 'type'>): string {
  return `${ATTACHMENTS}/${picture.hash}${EXTENSIONS[picture.type] ?? ''}`;
}

/** The folder beside a Markdown export (one file or a folder of them) that holds its pictures. */
export const ATTACHMENTS = 'attachments';
