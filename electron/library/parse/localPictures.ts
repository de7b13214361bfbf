import fs from 'node:fs';
import path from 'node:path';
import { dataUrlBytes, keepPicture, MAX_ARTICLE_PICTURE_BYTES, MAX_PICTURE_BYTES, type PictureFile } from './pictureBytes';

/**
 * Answers the kept picture's hash for the copies a page names of one picture (best first), or nothing when none is
 * kept. A resolver that fetches answers a key for the copies, made a picture's hash once they are fetched (remotePictures).
 */
export type PictureResolver = (sources: readonly string[]) => string | undefined;

/** A resolver and the pictures it has kept so far. */
export interface PictureSource {
  resolve: PictureResolver;
  readonly pictures: PictureFile[];
}

/**
 * Pictures a saved page (or Markdown file) shows from its own folder — `Page_files/photo.jpg`, as browsers save
 * them — read once at import, or inlined as a small data: address. Nothing is fetched: a reference with another
 * scheme (http:, file:…) or one that leads out of the file's folder is not read. Sizes are capped per picture and
 * per article.
 */
export function localPictures(file: string): PictureSource {
  const folder = path.dirname(path.resolve(file));
  const pictures = new Map<string, PictureFile>();
  const bySource = new Map<string, string | undefined>();
  let total = 0;
  const bytesOf = (src: string): Uint8Array | null => {
    if (/^data:/i.test(src)) return dataUrlBytes(src);
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('\\')) return null;
    let relative: string;
    try {
      relative = decodeURIComponent(src.split(/[?#]/)[0]!);
    } catch {
      return null;
    }
    const target = path.resolve(folder, relative);
    if (relative.includes('\0') || !target.startsWith(folder + path.sep)) return null;
    try {
      const { size } = fs.statSync(target);
      return size > MAX_PICTURE_BYTES || total + size > MAX_ARTICLE_PICTURE_BYTES ? null : fs.readFileSync(target);
    } catch {
      return null;
    }
  };
  const read = (src: string): string | undefined => {
    const bytes = bytesOf(src);
    const kept = bytes && total + bytes.length <= MAX_ARTICLE_PICTURE_BYTES ? keepPicture(bytes) : null;
    if (!kept) return undefined;
    if (!pictures.has(kept.hash)) {
      total += kept.bytes.length;
      pictures.set(kept.hash, kept);
    }
    return kept.hash;
  };
  const one = (src: string) => {
    if (!bySource.has(src)) bySource.set(src, read(src.trim()));
    return bySource.get(src);
  };
  return {
    // The first copy found in the folder: a saved page's src names its file while its srcset still names the web's copies.
    resolve: (sources) => sources.map(one).find((hash) => hash !== undefined),
    get pictures() {
      return [...pictures.values()];
    },
  };
}
