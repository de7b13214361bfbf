import { findDate, type DateMention } from './dates';
import { knownOutlet, outletName } from './outlets';

/** What a clipping's short byline/date lines ("Xinhua) 09:49, September 03, 2025", "By Jane Roe") say. */
export interface MetaLine {
  date: DateMention | null;
  source: string | null;
  author: string | null;
}

const MAX_META_LINE = 100;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}`;
/** "Zhang Wen and Victoria Berg", "Anna Kowal, Jan Nowak und Eva Roth": a shared byline names everyone. */
const NAMES = String.raw`${NAME}(?:(?:,| and| und| и) ${NAME})*`;
/** Case-sensitive, so that "by the way it went" is not a byline: only the prefix may be in either case. */
const BYLINE = new RegExp(String.raw`^(?:[Bb]y|BY|[Vv]on|VON|[Аа]втор:?|[Aa]uthor:?|[Tt]ext:?|[Тт]екст:?)\s+(${NAMES})(?:\s*[,|/·•–—-]\s*(.+))?$`, 'u');
const BYLINE_PARTS = /\s*[,|/·•–—-]\s*/u;
/** "Source: Xinhua", "来源：中新网", also after the date and time ("2026-05-17 16:48 来源：中新网"). */
const SOURCE_LINE = /^(.*?)(?<!\p{L})(?:source|источник|quelle|来源|出处)\s*[:：]\s*(.+)$/iu;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?/giu;
/** Words that may surround a date on a date line without making it article text. */
const DATE_LINE_WORDS = new Set(
  (
    'updated published posted date time am pm gmt utc cst cet cest msk bjt est edt pst at on ' +
    'обновлено опубликовано дата aktualisiert veröffentlicht stand uhr um 发布时间 发布日期 更新时间 时间 日期'
  ).split(' '),
);

/** Reads a short line that only carries metadata; null when the line is article text. */
export function readMetaLine(line: string): MetaLine | null {
  if (line.length > MAX_META_LINE) return null;
  const byline = BYLINE.exec(line);
  if (byline?.[1]) {
    // "By Olga Petrova · 13 May 2024", "By Jane Roe | Reuters": what follows the name is the date and the outlet.
    const rest = byline[2] ?? '';
    const source =
      rest
        .split(BYLINE_PARTS)
        .map(knownOutlet)
        .find((o) => o !== null) ?? null;
    return { date: rest ? findDate(rest) : null, source, author: byline[1] };
  }
  const source = SOURCE_LINE.exec(line);
  const before = source?.[1]?.trim();
  // What stands before the label may only say when: "Source: …" inside a sentence is article text.
  const dated = before ? readMetaLine(before) : null;
  if (source?.[2] && (!before || (dated && !dated.source && !dated.author))) {
    return { date: dated?.date ?? findDate(source[2]), source: outletName(source[2].split(/\s*[|,]\s*/)[0] ?? ''), author: null };
  }
  const date = findDate(line);
  const rest = (date ? line.slice(0, date.index) + ' ' + line.slice(date.end) : line).replace(TIME, ' ');
  const words = rest
    .split(/[^\p{L}'’.]+/u)
    .map((w) => w.replace(/^[.']+|[.']+$/g, ''))
    .filter((w) => w.length > 0);
  // A weekday or a time says when, even without a date ("Sunday 10:42", "23 / 10:42"): not the headline, not the text.
  const when = date !== null || rest !== line || words.some(isWeekday);
  if (!when) return null;
  const outlet = words.length > 0 ? knownOutlet(words.join(' ')) : null;
  if (outlet) return { date, source: outlet, author: null };
  if (words.every((w) => DATE_LINE_WORDS.has(w.toLowerCase()) || isWeekday(w))) return { date, source: null, author: null };
  return null;
}

const WEEKDAY =
  /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс)$|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/iu;
function isWeekday(word: string): boolean {
  return WEEKDAY.test(word);
}
