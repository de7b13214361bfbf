import { findDate, type DateMention } from './dates';
import { knownOutlet, outletName } from './outlets';

export interface Dateline {
  place: string;
  date: DateMention | null;
  source: string | null;
  /** Length of the dateline at the start of the paragraph, separator included. */
  length: number;
}

const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/**
 * "BEIJING, Sept. 2 (Xinhua) --", "Minsk –", "Beijing, 5 December 2023 (TDI):", "MOSCOW, December 5. /TASS/.",
 * "МИНСК, 31 августа /Корр. БЕЛТА/ -". Hand-written: no library reads news datelines, and their shapes are few.
 */
const DATELINE = new RegExp(
  String.raw`^(${WORD}(?: (?:${WORD}|de|del|am|upon)){0,3})` +
    String.raw`(?:\s*,\s*([^()/:\-–—]{3,40}?))?` +
    String.raw`\.?(?:\s*\(([^()]{2,40})\)|\s*/([^/]{2,40})/)?` +
    String.raw`(?:\s*(--|[-–—:])|(?<=/)\.)\s+(?=[\p{Lu}\p{N}"“«„‘'])`,
  'u',
);
/** "— Sputnik. Belarus …": the outlet named right after the dateline's dash. */
const TRAILING_SOURCE = /^([\p{L}][\p{L} .-]{1,30}?)\.\s+/u;
const CORRESPONDENT = /^(?:Корр\.|Corr\.|Special to)\s*/iu;
const MAX_WORDS_IN_SOURCE = 4;

/** The dateline opening a paragraph, or null when the paragraph does not start with one. */
export function readDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 160);
  const m = DATELINE.exec(head);
  if (!m) return null;
  const [whole, place = '', datePart, parenSource, slashSource, separator = '.'] = m;
  const date = datePart ? findDate(datePart) : null;
  if (datePart && !date) return null;
  let source = cleanSource(parenSource ?? slashSource);
  let length = whole.length;
  if (!source && /[-–—]/.test(separator)) {
    const trailing = TRAILING_SOURCE.exec(head.slice(length));
    const known = trailing?.[1] ? knownOutlet(trailing[1]) : null;
    if (known && trailing) {
      source = known;
      length += trailing[0].length;
    }
  }
  const needsMore = separator === ':' || separator === '.';
  if (needsMore ? !date && !source : !date && !source && !/^\s+[-–—]|--/.test(whole.slice(place.length))) return null;
  return { place: titleCase(place), date, source, length };
}

function cleanSource(raw: string | undefined): string | null {
  const name = raw?.replace(CORRESPONDENT, '').trim();
  if (!name || /\d/.test(name) || name.split(/\s+/).length > MAX_WORDS_IN_SOURCE) return null;
  return outletName(name);
}

/** "BEIJING" → "Beijing"; names already in mixed case stay as written. */
function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
