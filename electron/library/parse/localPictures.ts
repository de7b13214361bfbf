import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A picture's bytes as the library keeps them, under the SHA-256 of the bytes (so one picture in many articles is kept once). */
export interface PictureFile {
  hash: string;
  type: string;
  bytes: Uint8Array;
}

/** Answers the kept picture's hash for a page's reference to it, or nothing when it is not kept. */
export type PictureResolver = (src: string) => string | undefined;

export const MAX_PICTURE_BYTES = 10 * 1024 * 1024;
export const MAX_ARTICLE_PICTURE_BYTES = 50 * 1024 * 1024;

/**
 * The picture types the reader shows, told by their first bytes, never by a name or a declared type. SVG is kept
 * as an image only: the reader draws it with <img> and serves it under a policy that runs nothing.
 */
export function sniffPictureType(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 512));
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (/^GIF8[79]a/.test(head.toString('latin1', 0, 6))) return 'image/gif';
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (head.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(head.toString('latin1', 8, 12))) return 'image/avif';
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head.toString('utf8'))) return 'image/svg+xml';
  return null;
}

/**
 * Pictures a saved page (or Markdown file) shows from its own folder — `Page_files/photo.jpg`, as browsers save
 * them — read once at import. Nothing is fetched: a reference with a scheme (http:, data:, file:…) or one that
 * leads out of the file's folder is not read. Sizes are capped per picture and per article.
 */
export function localPictures(file: string): { resolve: PictureResolver; pictures: PictureFile[] } {
  const folder = path.dirname(path.resolve(file));
  const pictures = new Map<string, PictureFile>();
  const bySource = new Map<string, string | undefined>();
  let total = 0;
  const read = (src: string): string | undefined => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('\\')) return undefined;
    let relative: string;
    try {
      relative = decodeURIComponent(src.split(/[?#]/)[0]!);
    } catch {
      return undefined;
    }
    const target = path.resolve(folder, relative);
    if (relative.includes('\0') || !target.startsWith(folder + path.sep)) return undefined;
    let bytes: Buffer;
    try {
      const { size } = fs.statSync(target);
      if (size > MAX_PICTURE_BYTES || total + size > MAX_ARTICLE_PICTURE_BYTES) return undefined;
      bytes = fs.readFileSync(target);
    } catch {
      return undefined;
    }
    const type = sniffPictureType(bytes);
    if (!type) return undefined;
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (!pictures.has(hash)) {
      total += bytes.length;
      pictures.set(hash, { hash, type, bytes });
    }
    return hash;
  };
  const resolve = (src: string) => {
    if (!bySource.has(src)) bySource.set(src, read(src.trim()));
    return bySource.get(src);
  };
  return {
    resolve,
    get pictures() {
      return [...pictures.values()];
    },
  };
}
