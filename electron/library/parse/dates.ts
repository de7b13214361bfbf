import * as chrono from 'chrono-node';
import { DATE_WORD_LANGUAGES, SHORT_UNIT_AFTER_NUMBER, type LatinDateLanguage } from './dateWords';

/** A calendar date found in text; year is null when the text does not state it. */
export interface DateMention {
  year: number | null;
  month: number;
  day: number;
  /** Where the date's text starts and ends in the searched string. */
  index: number;
  end: number;
}

/** In the order they are tried: the first that finds a date decides. */
const LATIN: Record<LatinDateLanguage, chrono.Chrono> = {
  en: chrono.en.strict,
  de: chrono.de.strict,
  fr: chrono.fr.strict,
  es: chrono.es.strict,
  it: chrono.it.strict,
  pt: chrono.pt.strict,
  nl: chrono.nl.strict,
};
const LATIN_LANGUAGES = Object.keys(LATIN) as LatinDateLanguage[];
const ALL_LATIN = Object.values(LATIN);
const CYRILLIC = [chrono.ru.strict, chrono.uk.strict];
/** Numeric dates chrono reads in US order or not at all: ISO, and the day-first dotted form used across Europe. */
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/;
/** "2026年5月17日", "2026年05月17日": the Chinese full date, which chrono does not read. */
const HAN = /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/u;
/** Russian months, whole or cut as RIA Novosti and Sputnik cut them ("23 июн", "7 июл"), which chrono misses. */
const RU_MONTHS = [
  'янв(?:аря|арь)?',
  'фев(?:раля|раль)?',
  'мар(?:та|т)?',
  'апр(?:еля|ель)?',
  'ма[йя]',
  'июн[яь]?',
  'июл[яь]?',
  'авг(?:уста|уст)?',
  'сент?(?:ября|ябрь)?',
  'окт(?:ября|ябрь)?',
  'ноя(?:бря|брь)?',
  'дек(?:абря|абрь)?',
];
/**
 * A string that is only an English month and day, with or without the year ("March 8", "Sept. 26", "9 June 2020"):
 * what most datelines hold. chrono reads it the same way, at many times the cost.
 */
const EN_MONTHS = [
  'Jan(?:uary)?',
  'Feb(?:ruary)?',
  'Mar(?:ch)?',
  'Apr(?:il)?',
  'May',
  'June?',
  'July?',
  'Aug(?:ust)?',
  'Sept?(?:ember)?',
  'Oct(?:ober)?',
  'Nov(?:ember)?',
  'Dec(?:ember)?',
];
// chrono takes no full stop after May.
const EN_MONTH = `(?:${EN_MONTHS.map((m) => (m === 'May' ? '(May)' : `(${m})\\.?`)).join('|')})`;
const EN_MONTH_DAY = new RegExp(`^(?:${EN_MONTH} (\\d{1,2})(?:, (\\d{4}))?|(\\d{1,2}) ${EN_MONTH}(?: (\\d{4}))?)$`);
const RU_DATE = new RegExp(String.raw`(?<!\d)(\d{1,2})\s+(?:${RU_MONTHS.map((m) => `(${m})`).join('|')})\.?(?!\p{L})(?:,?\s+(\d{4})(?!\d))?`, 'iu');

/** The first date (with at least a day and month) in a short string such as a dateline or a header; null if none. */
export function findDate(text: string): DateMention | null {
  if (!/\d/.test(text)) return null;
  const iso = ISO.exec(text);
  if (iso) return mention(+iso[1]!, +iso[2]!, +iso[3]!, iso.index, iso.index + iso[0].length);
  const dotted = DOTTED.exec(text);
  if (dotted) return mention(+dotted[3]!, +dotted[2]!, +dotted[1]!, dotted.index, dotted.index + dotted[0].length);
  const han = HAN.exec(text);
  if (han) return mention(+han[1]!, +han[2]!, +han[3]!, han.index, han.index + han[0].length);
  const ru = RU_DATE.exec(text);
  if (ru) {
    const month = ru.slice(2, 14).findIndex((m) => m !== undefined) + 1;
    return mention(ru[14] ? +ru[14] : null, month, +ru[1]!, ru.index, ru.index + ru[0].length);
  }
  const en = englishMonthDay(text);
  if (en) return en;
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  for (const parser of cyrillic ? CYRILLIC : latinParsersFor(text)) {
    for (const r of parser.parse(text)) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const year = r.start.isCertain('year') ? r.start.get('year') : null;
      return mention(year, r.start.get('month')!, r.start.get('day')!, r.index, r.index + r.text.length);
    }
  }
  return null;
}

/** Digits joined as in a date or time ("5/3", "2026.05.03", "10:30", "2026 5 3"). */
const NUMERIC_DATE = /\d\s*[/.:-]\s*\d|\d\s+\d/;

/**
 * chrono's Latin-script parsers that could find a date in the text: most lines with a number hold none, and each
 * parser costs about as much as the rest of the line's reading. Digits joined as in a date may be read by any of
 * them; otherwise a parser needs one of its own month or unit words (dateWords), taken whole and as their ASCII runs,
 * since chrono's word boundaries are ASCII ones. A line with "years" goes to the English parser alone.
 */
function latinParsersFor(text: string): chrono.Chrono[] {
  if (NUMERIC_DATE.test(text) || SHORT_UNIT_AFTER_NUMBER.test(text)) return ALL_LATIN;
  const lower = text.toLowerCase();
  const languages = new Set<LatinDateLanguage>();
  const add = (runs: string[]): void => {
    for (const word of runs) for (const language of DATE_WORD_LANGUAGES.get(word) ?? []) languages.add(language);
  };
  add(lower.split(/[^\p{L}]+/u));
  if (/[^\0-\x7f]/.test(lower)) add(lower.split(/[^a-z]+/));
  return languages.size === 0 ? [] : LATIN_LANGUAGES.filter((l) => languages.has(l)).map((l) => LATIN[l]);
}

function englishMonthDay(text: string): DateMention | null {
  const m = EN_MONTH_DAY.exec(text);
  if (!m) return null;
  const middle = m.slice(1, 13).findIndex((g) => g !== undefined);
  const month = middle >= 0 ? middle + 1 : m.slice(16, 28).findIndex((g) => g !== undefined) + 1;
  const day = +(middle >= 0 ? m[13]! : m[15]!);
  const year = m[middle >= 0 ? 14 : 28];
  // 29 February without a year: chrono weighs it against the current year, so it decides.
  if (month === 2 && day === 29 && !year) return null;
  return mention(year ? +year : null, month, day, 0, text.length);
}

function mention(year: number | null, month: number, day: number, index: number, end: number): DateMention | null {
  return isoDate(year ?? 2000, month, day) ? { year, month, day, index, end } : null;
}

/** YYYY-MM-DD for a real calendar date in a plausible range, else null. */
function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2100 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The mention as YYYY-MM-DD; a missing year is taken from a full date `context` states near it (see yearNear), else null. */
export function mentionToIso(m: DateMention, context: string | null): string | null {
  const year = m.year ?? (context === null ? null : yearNear(context, m.month, m.day));
  return year === null ? null : isoDate(year, m.month, m.day);
}

const YEAR = /(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)/g;
/** What comes before the year in a full date: "September 03, ", "5 December ", "31.08.", "3 марта ". */
const BEFORE_YEAR_IN_DATE = /(?:\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+|\d{1,2}[./]\d{1,2}[./])$/u;
/** What comes after it: "2026-03-03", "2026年3月3日". */
const AFTER_YEAR_IN_DATE = /^(?:-\d{2}-\d{2}|年\d{1,2}月\d{1,2}日)/u;
const DAY_MS = 86_400_000;
/** How far from a full date the text states a year-less date may lie and still share its year. */
const MAX_DAYS_APART = 7;

/**
 * The year for a date the text gives without one ("MINSK, 3 March (BelTA) –"): that of a full date the text states
 * within a week of it (the article restating its own date, a "Published 4 March 2026" line), the year chosen so the
 * two lie closest (31 December beside 2 January 2027 is 2026). Null otherwise: a year alone ("launched in 2012") or a
 * full date far off ("signed on 12 December 2025") says nothing about the article's own date, and no date is better
 * than a wrong one.
 */
export function yearNear(text: string, month: number, day: number): number | null {
  for (const m of text.matchAll(YEAR)) {
    const after = text.slice(m.index + 4, m.index + 12);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (!AFTER_YEAR_IN_DATE.test(after) && !BEFORE_YEAR_IN_DATE.test(before)) continue;
    const full = findDate(AFTER_YEAR_IN_DATE.test(after) ? text.slice(m.index, m.index + 12) : before + m[0]);
    if (full?.year !== +m[0]) continue;
    const stated = Date.UTC(full.year, full.month - 1, full.day);
    const year = [full.year - 1, full.year, full.year + 1].find((y) => Math.abs(Date.UTC(y, month - 1, day) - stated) <= MAX_DAYS_APART * DAY_MS);
    if (year !== undefined && isoDate(year, month, day)) return year;
  }
  return null;
}
