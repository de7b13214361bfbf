import { createHash } from 'node:crypto';

/** A picture's bytes as the library keeps them, under the SHA-256 of the bytes (so one picture in many articles is kept once). */
export interface PictureFile {
  hash: string;
  type: string;
  bytes: Uint8Array;
}

export const MAX_PICTURE_BYTES = 10 * 1024 * 1024;
export const MAX_ARTICLE_PICTURE_BYTES = 50 * 1024 * 1024;
/** A data: address longer than this is not read at all: a page that inlines more embeds a bomb, not a picture. */
export const MAX_DATA_URL_CHARS = 256 * 1024;

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
 * Bytes worth keeping as a picture: of a type the reader shows, and not a tracking pixel or spacer (2 pixels or
 * less across or down, as its own header says, whatever the page claimed).
 */
export function keepPicture(bytes: Uint8Array): PictureFile | null {
  const type = sniffPictureType(bytes);
  if (!type) return null;
  const size = pictureSize(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), type);
  if (size && (size.width <= 2 || size.height <= 2)) return null;
  return { hash: createHash('sha256').update(bytes).digest('hex'), type, bytes };
}

/** The width and height a PNG, GIF, JPEG or WebP header declares; null for other types or a header cut short. */
export function pictureSize(b: Buffer, type: string): { width: number; height: number } | null {
  try {
    if (type === 'image/png') return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
    if (type === 'image/gif') return { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
    if (type === 'image/webp') return webpSize(b);
    if (type === 'image/jpeg') return jpegSize(b);
  } catch {
    // Shorter than its header: nothing is known of its size.
  }
  return null;
}

function webpSize(b: Buffer): { width: number; height: number } | null {
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return { width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 };
  if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return null;
}

/** A JPEG's size is in its first start-of-frame segment, after any number of others. */
function jpegSize(b: Buffer): { width: number; height: number } | null {
  for (let at = 2; at + 9 < b.length;) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { width: b.readUInt16BE(at + 7), height: b.readUInt16BE(at + 5) };
    at += 2 + b.readUInt16BE(at + 2);
  }
  return null;
}

/** The bytes a small data: address holds (base64 or percent-encoded), or null for a long one or one that does not decode. */
export function dataUrlBytes(src: string): Buffer | null {
  if (src.length > MAX_DATA_URL_CHARS) return null;
  const match = /^data:([^,]*),/i.exec(src);
  if (!match) return null;
  const payload = src.slice(match[0].length);
  try {
    return /;base64$/i.test(match[1]!.trim()) ? Buffer.from(payload.replace(/\s+/g, ''), 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8');
  } catch {
    return null;
  }
}
