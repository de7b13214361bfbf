/**
 * File names that work on Windows, macOS and Linux, and as Obsidian note names (whose links break on `#^[]|`).
 * Windows forbids `<>:"/\|?*` and control characters, reserves CON, PRN, AUX, NUL, COM1–9 and LPT1–9 (with any
 * extension) and drops trailing dots and spaces; every system limits a name to 255 bytes or UTF-16 units.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const FORBIDDEN = /[<>:"/\\|?*#^[\]\u0000-\u001f\u007f]/gu;
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/iu;
/** Bytes of UTF-8 for the stem: leaves room for an extension and a " (12)" that tells equal titles apart. */
const MAX_STEM_BYTES = 180;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A safe file name from a title and an extension such as ".md". */
export function safeFileName(title: string, extension: string): string {
  let stem = title
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .replace(FORBIDDEN, '-')
    .trim()
    // A leading dot hides the file on macOS and Linux; trailing dots and spaces vanish on Windows.
    .replace(/^[.\s]+|[.\s]+$/gu, '');
  stem = truncateBytes(stem, MAX_STEM_BYTES).replace(/[.\s]+$/u, '');
  if (stem === '') stem = 'Untitled';
  // Windows reserves the device names whatever follows the first dot ("con.notes.md" too).
  if (RESERVED.test(stem.split('.')[0]!.trim())) stem = `_${stem}`;
  return `${stem}${extension}`;
}

/**
 * Names for several files in one folder, in order: equal names (compared as Windows and macOS do, ignoring case)
 * get " (2)", " (3)"… so no file overwrites another.
 */
export function distinctFileNames(titles: readonly string[], extension: string): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = safeFileName(title, '');
    let name = `${base}${extension}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})${extension}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The longest start of `text` within `max` UTF-8 bytes that does not split a character or a grapheme. */
function truncateBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    bytes += Buffer.byteLength(segment);
    if (bytes > max) break;
    out += segment;
  }
  return out;
}
