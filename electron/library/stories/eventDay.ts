import * as chrono from 'chrono-node';

const DAY_MS = 86_400_000;

/** What an article says of when it happened. */
export interface ArticleWhen {
  published: string | null;
  importedAt: string;
  language: string | null;
  /** The dates found in its text, in text order (article_dates): their words, and ISO when the year was stated. */
  textDates: readonly { text: string; iso: string | null }[];
}

const PARSERS: Record<string, chrono.Chrono> = { en: chrono.en.casual, de: chrono.de.casual, ru: chrono.ru.casual, fr: chrono.fr.casual, zh: chrono.zh.casual };

/** Days since 1970-01-01 of an ISO date (its first ten characters), or null. */
export function dayOf(iso: string | null): number | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day an article reports on: its publication date; else the first full date in its text; else the first day and
 * month in its text, in the year nearest to when it was imported (a clipping's "3 March" without a year); else the
 * day it was imported.
 */
export function eventDay({ published, importedAt, language, textDates }: ArticleWhen): number {
  const stated = dayOf(published) ?? textDates.map((d) => (d.iso?.length === 10 ? dayOf(d.iso) : null)).find((d) => d !== null);
  if (stated !== undefined && stated !== null) return stated;
  const reference = new Date(importedAt);
  const parser = PARSERS[language ?? 'en'] ?? chrono.en.casual;
  for (const { text } of textDates) {
    const found = parser.parse(text, reference)[0]?.start;
    if (found?.isCertain('day') && found.isCertain('month')) {
      const date = found.date();
      return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
    }
  }
  return dayOf(importedAt) ?? 0;
}
