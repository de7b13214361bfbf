import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, test } from 'node:test';
import * as chrono from 'chrono-node';
import { DATE_WORDS_BY_LANGUAGE, SHORT_UNIT_AFTER_NUMBER } from '../../../../electron/library/parse/dateWords';
import { findDate } from '../../../../electron/library/parse/dates';

const LATIN = [chrono.en.strict, chrono.de.strict, chrono.fr.strict, chrono.es.strict, chrono.it.strict, chrono.pt.strict, chrono.nl.strict];

/** What findDate answered when every line with a digit went through all of chrono's Latin-script parsers. */
function byChrono(text: string): { year: number | null; month: number; day: number; index: number; end: number } | null {
  for (const parser of LATIN) {
    for (const r of parser.parse(text)) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const year = r.start.isCertain('year') ? r.start.get('year') : null;
      const [month, day] = [r.start.get('month')!, r.start.get('day')!];
      const d = new Date(Date.UTC(year ?? 2000, month - 1, day));
      const valid = (year ?? 2000) >= 1900 && (year ?? 2000) <= 2100 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
      return valid ? { year, month, day, index: r.index, end: r.index + r.text.length } : null;
    }
  }
  return null;
}

describe('dates read without chrono', () => {
  test('an English month and day alone reads as chrono reads it, full stops and impossible days included', () => {
    const months = ['January', 'February', 'Feb', 'Feb.', 'May', 'May.', 'June', 'Jun.', 'Sept', 'Sept.', 'Sep.', 'December', 'Dec.'];
    for (const month of months) {
      for (const day of [0, 1, 9, 28, 29, 30, 31, 32]) {
        for (const text of [`${month} ${day}`, `${month} ${day}, 2020`, `${day} ${month}`, `${day} ${month} 2024`, `${month} 0${day}, 1899`]) {
          assert.deepEqual(findDate(text), byChrono(text), text);
        }
      }
    }
  });

  test('a line chrono is spared finds what chrono found: nothing, or a date counted from today', (t) => {
    // Today held still, so that both counts start from the same day.
    t.mock.timers.enable({ apis: ['Date'], now: new Date('2026-03-10T12:00:00Z') });
    const lines = [
      'After 108 games in 1927, Ruth had 35 home runs, reports BELTA.',
      'The national average is more than $4 and that',
      'A 208-pound, 6-foot 1-inch senior from Stamford',
      'The talks lasted 5 days and ended 2 days ago',
      'Er kam vor 3 Tagen an',
      'il y a 2 jours',
      'Treffen um 10:30 am 5.3.',
      'BRUSSELS, March 8 (Xinhua) -- This is an area nearly as large as Western Europe',
      'Maréchal 5 mars 2021',
      'due in 3d',
      'But in all its 30 years, not a single one',
      'Am 5. März 1990 in Ulm, seit 3 Jahren',
      'Il est né le 5 mars, il y a 20 ans',
      'Nació el 5 de marzo de 1990',
      'Nato il 5 marzo 1990',
      'Nasceu em 5 de março de 1990',
      'Geboren op 5 maart 1990',
    ];
    for (const text of lines) assert.deepEqual(findDate(text), byChrono(text), text);
  });

  test('the words that let a line through to a language’s parser are all of that parser’s month and unit words', () => {
    const load = createRequire(__filename);
    const locales = path.join(path.dirname(load.resolve('chrono-node')), 'locales');
    for (const [language, lines] of Object.entries(DATE_WORDS_BY_LANGUAGE)) {
      const expected = new Set<string>();
      const constants = load(path.join(locales, language, 'constants.js')) as Record<string, Record<string, unknown>>;
      for (const name of ['MONTH_DICTIONARY', 'FULL_MONTH_NAME_DICTIONARY', 'TIME_UNIT_DICTIONARY']) {
        for (const key of Object.keys(constants[name] ?? {})) {
          for (const word of key.toLowerCase().match(/\p{L}+/gu) ?? []) {
            if (word.length > 2) expected.add(word);
            else assert.ok(SHORT_UNIT_AFTER_NUMBER.test(`5 ${word}`), word);
          }
        }
      }
      assert.deepEqual(lines.join(' ').split(' ').sort(), [...expected].sort(), language);
    }
  });
});
