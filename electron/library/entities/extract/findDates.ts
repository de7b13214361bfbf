import * as chrono from 'chrono-node';
import type { FoundDate } from './types';

const PARSERS: Record<string, chrono.Chrono> = {
  en: chrono.en.casual,
  de: chrono.de.casual,
  ru: chrono.ru.casual,
  uk: chrono.uk.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  it: chrono.it.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  zh: chrono.zh.casual,
};

// chrono runs every locale pattern over all the text it is given, which costs more than the whole
// entity scan; a date needs a month name or a numeric date, so chrono only sees the few spans
// around one.
const MONTH =
  '(?:Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|Mar(?:ch)?|März|Apr(?:il)?|May|Mai|June?|Juni|July?|Juli|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Okt(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Dez(?:ember)?)';
const MONTH_RU = '(?:январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*';
// No look-behind for the letter before a month: it stops the regex engine skipping ahead to the few places a
// month can start, and made this scan cost several times the chrono calls; triggers() checks that letter instead.
const TRIGGER = new RegExp(`(?:${MONTH}|${MONTH_RU})(?!\\p{L})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}`, 'gu');
const LETTER = /^\p{L}/u;
const ENDS_IN_LETTER = /\p{L}$/u;
const REACH = 30;
const TRAILING = /[\s,;:]+$/;

function iso(c: chrono.ParsedComponents): string | null {
  if (!c.isCertain('year')) return null;
  const pad = (v: number | null): string => String(v ?? 0).padStart(2, '0');
  let s = String(c.get('year'));
  if (c.isCertain('month')) s += `-${pad(c.get('month'))}`;
  if (c.isCertain('month') && c.isCertain('day')) s += `-${pad(c.get('day'))}`;
  return s;
}

/** TRIGGER's matches, less month names glued to a letter before them. */
function* triggers(text: string): Generator<RegExpExecArray> {
  const trigger = new RegExp(TRIGGER);
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    if (m.index > 0 && LETTER.test(m[0][0]!) && ENDS_IN_LETTER.test(text.slice(Math.max(0, m.index - 2), m.index))) trigger.lastIndex = m.index + 1;
    else yield m;
  }
}

/** Dates that name a month (with or without day and year), in the text's language. */
export function findDates(text: string, language: string | null): FoundDate[] {
  const parser = PARSERS[language ?? 'en'] ?? chrono.en.casual;
  const windows: Array<[number, number]> = [];
  for (const m of triggers(text)) {
    const from = Math.max(0, m.index - REACH);
    const to = Math.min(text.length, m.index + m[0].length + REACH);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  const dates: FoundDate[] = [];
  for (const [from, to] of windows) {
    for (const r of parser.parse(text.slice(from, to))) {
      if (!r.start.isCertain('month')) continue;
      const start = from + r.index;
      const date = r.text.replace(TRAILING, '');
      dates.push({ start, end: start + date.length, text: date, iso: iso(r.start) });
    }
  }
  return dates;
}
