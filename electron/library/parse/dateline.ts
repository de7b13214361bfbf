import { findDate, type DateMention } from './dates';
import { knownOutlet, leadingHanOutlet, outletName } from './outlets';

export interface Dateline {
  place: string;
  date: DateMention | null;
  source: string | null;
  /** The reporters a Chinese dateline names ("（记者 刘洋）"); null elsewhere. */
  author: string | null;
  /** Length of the dateline at the start of the paragraph, separator included. */
  length: number;
}

const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/**
 * "BEIJING, Sept. 2 (Xinhua) --", "Minsk –", "Beijing, 5 December 2023 (TDI):", "MOSCOW, December 5. /TASS/.",
 * "МИНСК, 31 августа /Корр. БЕЛТА/ -". Hand-written: no library reads news datelines, and their shapes are few.
 */
const PLACE = String.raw`${WORD}(?: (?:${WORD}|de|del|am|upon)){0,3}`;
const datelinePattern = (next: string): RegExp =>
  new RegExp(
    // "Minsk/Peking (dpa) -": the first place is the dateline's; "ГРОДНО /Белоруссия/, 26 июня": the country is dropped.
    String.raw`^(${PLACE})(?:/${PLACE}|\s*/${PLACE}/(?=,))?` +
      String.raw`(?:\s*,\s*([^()/:\-–—]{3,40}?))?` +
      String.raw`\.?(?:\s*\(([^()]{2,40})\)|\s*/([^/]{2,40})/)?` +
      String.raw`(?:\s*(--|[-–—:](?:\s*--)?)|(?<=/)\.)\s+(?=${next})`,
    'u',
  );
const DATELINE = datelinePattern(String.raw`[\p{Lu}\p{N}"“«„‘'(\[]`);
/** Copied text may cut the lead's first words ("BEIJING, May 8 (Xinhua) -- -- “The…"): a known outlet in brackets still makes it a dateline. */
const DATELINE_BEFORE_ANY_TEXT = datelinePattern(String.raw`\S`);
/** "Минск. 2 февраля. ИНТЕРФАКС-ЗАПАД - …": Interfax's place, date and outlet, each closed by a period. */
const DOTTED_DATELINE = new RegExp(String.raw`^(${PLACE})\.\s+(\d{1,2}\s+\p{L}+)\.\s+(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\s+[-–—]\s+(?=\p{Lu})`, 'u');
/** "— Sputnik. Belarus …": the outlet named right after the dateline's dash. */
const TRAILING_SOURCE = /^([\p{L}][\p{L} .-]{1,30}?)\.\s+/u;
const CORRESPONDENT = /^(?:Корр\.|Corr\.|Special to)\s*/iu;
const MAX_WORDS_IN_SOURCE = 4;

/**
 * "新华社北京6月4日电（记者 张三）", "中新网上海2024年6月4日电": outlet, place, date and "电" (wire) or "讯" (report),
 * then the reporters in brackets.
 */
const HAN_DATELINE = /^(\p{Script=Han}{2,16}?)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:电|讯)\s*(?:[（(]([^（）()]{0,40})[)）])?\s*/u;
/** "记者 刘洋", "记者张三、李四": the reporters the brackets name. */
const REPORTERS = /^记者\s*(\S.*)$/u;
/** "本报北京6月4日电": the paper's own report, which names no outlet. */
const OWN_PAPER = /^本报/u;

/** The dateline opening a paragraph, or null when the paragraph does not start with one. */
export function readDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 160);
  if (/^\p{Script=Han}/u.test(head)) return readHanDateline(head);
  const strict = DATELINE.exec(head);
  const loose = strict ? null : DATELINE_BEFORE_ANY_TEXT.exec(head);
  const m = strict ?? (loose && knownOutlet(cleanSource(loose[3] ?? loose[4]) ?? '') ? loose : null);
  if (!m) return readDottedDateline(head);
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
  return { place: titleCase(place), date, source, author: null, length };
}

function readDottedDateline(head: string): Dateline | null {
  const m = DOTTED_DATELINE.exec(head);
  const date = m?.[2] ? findDate(m[2]) : null;
  const source = m?.[3] ? knownOutlet(m[3]) : null;
  return m && date && source ? { place: titleCase(m[1]!), date, source, author: null, length: m[0].length } : null;
}

function readHanDateline(head: string): Dateline | null {
  const m = HAN_DATELINE.exec(head);
  if (!m) return null;
  const [whole, prefix = '', year, month, day, bracket] = m;
  const outlet = leadingHanOutlet(prefix);
  const place = outlet ? prefix.slice(outlet.length) : prefix.replace(OWN_PAPER, '');
  const date = findDate(`${year ?? 2000}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
  if (!place || !date) return null;
  const author = REPORTERS.exec(bracket?.trim() ?? '')?.[1]?.trim() ?? null;
  return { place, date: { ...date, year: year ? date.year : null, index: 0, end: whole.length }, source: outlet?.name ?? null, author, length: whole.length };
}

/** "(dpa/AFP)", "(Reuters, AP)": the first outlet of several. */
function cleanSource(raw: string | undefined): string | null {
  const name = raw?.replace(CORRESPONDENT, '').trim();
  if (!name || /\d/.test(name)) return null;
  const parts = name.split(/\s*[/,]\s*/);
  const known = parts.map(knownOutlet).find((o) => o !== null);
  if (known) return known;
  return name.split(/\s+/).length > MAX_WORDS_IN_SOURCE ? null : outletName(name);
}

/** "BEIJING" → "Beijing"; names already in mixed case stay as written. */
function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
