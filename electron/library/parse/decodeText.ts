import { ParseError } from './types';

/**
 * Decodes a file's bytes to clean text: BOM-marked UTF-8/UTF-16, else UTF-8, else Windows-1252
 * (old clippings saved by Windows tools are the usual reason UTF-8 decoding fails).
 * Line endings become "\n"; invisible characters that would break offsets and search are removed.
 */
export function decodeText(bytes: Uint8Array): string {
  const raw = decodeBytes(bytes);
  if (looksBinary(raw)) throw new ParseError('the file is binary, not text');
  const text = raw.normalize('NFC');
  // Most files hold none of the characters replaced below: one look for any of them is cheaper than three rewrites.
  if (!TO_CLEAN.test(text)) return text;
  return (
    text
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b\u2060\ufeff]/g, '')
      .replace(/[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
  );
}

// eslint-disable-next-line no-control-regex -- control characters are among those cleaned
const TO_CLEAN = /[\r\u2028\u2029\u0085\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b\u2060\ufeff\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

function decodeBytes(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
  }
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (curly quotes, dashes, €). Node 20's TextDecoder decodes
 * "windows-1252" as Latin-1 and leaves these as control characters, so they are mapped here.
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Text has almost no control characters; binary formats (images, archives, PDFs' streams) have many. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) controls++;
  }
  return controls > sample.length / 100;
}
