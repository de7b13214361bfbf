import { decodeText } from '../parse/decodeText';
import type { MovedExport } from './MovedExport';
import { hasColumns, readCsv } from './readCsv';
import { readInstapaper } from './readInstapaper';
import { isZip, readOmnivore } from './readOmnivore';
import { isPocketHtml, readPocketCsv, readPocketHtml } from './readPocket';
import { isReadwiseCsv, readReadwise } from './readReadwise';

const POCKET_CSV = ['title', 'url', 'time_added'];
const INSTAPAPER_CSV = ['URL', 'Title', 'Selection', 'Folder'];
/** Only a file whose first line names these columns is read as CSV: an article is never parsed as one. */
const CSV_HEADER = /^\uFEFF?[^\n]*\b(url|highlight)\b[^\n]*,/i;

/**
 * The export of another app that these bytes are, whatever the file is called: Omnivore's zip, Pocket's HTML or CSV,
 * Instapaper's CSV, either Readwise CSV. Null for anything else (an article, for the importer to parse).
 */
export function recogniseExport(bytes: Uint8Array): MovedExport | null {
  if (isZip(bytes)) {
    const items = readOmnivore(bytes);
    return items ? { app: 'omnivore', items } : null;
  }
  // Every imported file passes here: only one that shows an export's marks in its first bytes is decoded whole.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64 * 1024)).toString('latin1');
  if (!/time_added/i.test(head) && !CSV_HEADER.test(head.slice(0, 4096))) return null;
  const text = decodeText(bytes);
  if (isPocketHtml(text)) return { app: 'pocket', items: readPocketHtml(text) };
  if (!CSV_HEADER.test(text.slice(0, 4096))) return null;
  const csv = readCsv(text);
  if (!csv) return null;
  if (isReadwiseCsv(csv.columns)) return { app: 'readwise', items: readReadwise(csv.rows) };
  if (hasColumns(csv.columns, INSTAPAPER_CSV)) return { app: 'instapaper', items: readInstapaper(csv.rows) };
  if (hasColumns(csv.columns, POCKET_CSV)) return { app: 'pocket', items: readPocketCsv(csv.rows) };
  return null;
}
