import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities, type EntityKind } from '../../../../../electron/library/entities/extract/extractEntities';
import { lookupName } from '../../../../../electron/library/entities/extract/lookup';
import { KINDS, ZERO, add, count, gold2Articles, prf, unknownPersonMentions, type GoldArticle } from '../../../../fixtures/entities/goldSet';

// The second gold set was written to measure the extractor, not to tune it (gold2/README.md). These floors are the
// precision and recall measured when it was made, less about 0.03: a change that loses names fails here, and a
// change that finds more should raise them (the places from GeoNames and CLDR did: recall 0.33 → 0.57; names by their
// shape — Russian capitals and cases, given names, roles, head nouns and kinds, quotation marks, prepositions of place —
// did: people 0.57 → 0.93, places 0.57 → 0.76, organisations 0.18 → 0.61; organisations by what the text says around
// them — a role between them and a person, a person of them, a kind after them, a result, an owner — did: 0.61 → 0.90;
// places by China's divisions, datelines, repeated mentions, parts of places, venues and nouns of place did: 0.85 → 0.92;
// streets and stations in one word, venues in a place's possessive, transcribed foreign places in Chinese after a place or
// a verb of going, Chinese cave temples and rivers from jieba's place names, and Russian plural genitives of ports and
// glaciers did: 0.92 → 0.95).
// [precision, recall] per kind, overall and per language.
const FLOORS: Record<string, Record<EntityKind, [number, number]>> = {
  all: { person: [0.96, 0.93], place: [0.96, 0.92], org: [0.96, 0.87] },
  de: { person: [0.95, 0.93], place: [0.95, 0.93], org: [0.95, 0.83] },
  en: { person: [0.94, 0.88], place: [0.95, 0.91], org: [0.97, 0.89] },
  ru: { person: [0.97, 0.97], place: [0.96, 0.95], org: [0.97, 0.92] },
  zh: { person: [0.97, 0.94], place: [0.97, 0.91], org: [0.97, 0.78] },
};

const articles = gold2Articles();
const HAN = /\p{Script=Han}/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** As a whole word, except in Chinese, which has no spaces between words. */
const written = (text: string, name: string): boolean =>
  HAN.test(name) ? text.includes(name) : new RegExp(`(?<![\\p{L}\\p{M}\\d])${escape(name)}(?![\\p{L}\\p{M}\\d])`, 'u').test(text);

test('gold set 2: sixty articles in four languages, with at least 150 mentions of people the gazetteer does not know', () => {
  const per = (language: string): number => articles.filter((a) => a.language === language).length;
  assert.ok(articles.length >= 60, `${articles.length} articles`);
  assert.ok(per('en') >= 20 && per('ru') >= 15 && per('de') >= 15 && per('zh') >= 10);
  const mentions = articles.reduce((n, a) => n + unknownPersonMentions(a), 0);
  assert.ok(mentions >= 150, `${mentions} mentions`);
});

test('gold set 2: every annotated name and form is written in the body the parser gives (a known name may be in another language)', () => {
  for (const a of articles) {
    for (const kind of KINDS) {
      for (const name of a.expected[kind]) {
        assert.ok(written(a.text, name) || lookupName(kind, name) !== null, `${a.id}: ${kind} ${name}`);
        for (const form of a.forms?.[name] ?? []) assert.ok(written(a.text, form), `${a.id}: ${kind} ${name} as ${form}`);
      }
    }
  }
});

function measure(some: readonly GoldArticle[]): Record<EntityKind, ReturnType<typeof prf>> {
  const totals: Record<EntityKind, typeof ZERO> = { person: ZERO, place: ZERO, org: ZERO };
  for (const a of some) {
    const { entities } = extractEntities(a.text, a.language);
    for (const kind of KINDS)
      totals[kind] = add(
        totals[kind],
        count(
          kind,
          a.expected[kind],
          entities.filter((e) => e.kind === kind),
          a,
        ),
      );
  }
  return { person: prf(totals.person), place: prf(totals.place), org: prf(totals.org) };
}

for (const [scope, floors] of Object.entries(FLOORS)) {
  test(`gold set 2 (${scope}): precision and recall per kind stay at or above what they were`, () => {
    const measured = measure(scope === 'all' ? articles : articles.filter((a) => a.language === scope));
    for (const kind of KINDS) {
      const [precision, recall] = floors[kind];
      const m = measured[kind];
      assert.ok(m.precision >= precision && m.recall >= recall, `${kind}: precision ${m.precision} (floor ${precision}), recall ${m.recall} (floor ${recall})`);
    }
  });
}

test('gold set 2: every mention slices back to its text, and entities are listed once per key', () => {
  for (const a of articles) {
    const { entities } = extractEntities(a.text, a.language);
    for (const m of entities.flatMap((e) => e.mentions)) assert.equal(a.text.slice(m.start, m.end), m.text, a.id);
    const keys = entities.map((e) => e.key);
    assert.equal(new Set(keys).size, keys.length, a.id);
  }
});
