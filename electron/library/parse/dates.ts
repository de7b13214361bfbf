import * as chrono from 'chrono-node';

/** A calendar date found in text; year is null when the text does not state it. */
export interface DateMention {
  year: number | null;
  month: number;
  day: number;
  /** Where the date's text starts and ends in the searched string. */
  index: number;
  end: number;
}

const LATIN = [chrono.en.strict, chrono.de.strict, chrono.fr.strict, chrono.es.strict, chrono.it.strict, chrono.pt.strict, chrono.nl.strict];
const CYRILLIC = [chrono.ru.strict, chrono.uk.strict];
/** Numeric dates chrono reads in US order or not at all: ISO, and the day-first dotted form used across Europe. */
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/;

/** The first date (with at least a day and month) in a short string such as a dateline or a header; null if none. */
export function findDate(text: string): DateMention | null {
  if (!/\d/.test(text)) return null;
  const iso = ISO.exec(text);
  if (iso) return mention(+iso[1]!, +iso[2]!, +iso[3]!, iso.index, iso.index + iso[0].length);
  const dotted = DOTTED.exec(text);
  if (dotted) return mention(+dotted[3]!, +dotted[2]!, +dotted[1]!, dotted.index, dotted.index + dotted[0].length);
  for (const parser of /\p{Script=Cyrillic}/u.test(text) ? CYRILLIC : LATIN) {
    for (const r of parser.parse(text)) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const year = r.start.isCertain('year') ? r.start.get('year') : null;
      return mention(year, r.start.get('month')!, r.start.get('day')!, r.index, r.index + r.text.length);
    }
  }
  return null;
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

/** The mention as YYYY-MM-DD; a missing year is taken from what `context` states (see statedYear), else null. */
export function mentionToIso(m: DateMention, context: string | null): string | null {
  const year = m.year ?? (context === null ? null : statedYear(context));
  return year === null ? null : isoDate(year, m.month, m.day);
}

const YEAR = /(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)/g;
/** What comes before the year in a full date: "September 03, ", "5 December ", "31.08.". */
const BEFORE_YEAR_IN_DATE = /(?:\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+|\d{1,2}[./]\d{1,2}[./])$/u;

/**
 * The year a text states, for completing a dateline date that has none: the year of a full date in the text,
 * else the only year mentioned; null when the text names none or several (guessing would invent a date).
 */
export function statedYear(text: string): number | null {
  const years = new Set<number>();
  for (const m of text.matchAll(YEAR)) {
    if (BEFORE_YEAR_IN_DATE.test(text.slice(Math.max(0, m.index - 24), m.index))) return +m[0];
    years.add(+m[0]);
  }
  return years.size === 1 ? [...years][0]! : null;
}
