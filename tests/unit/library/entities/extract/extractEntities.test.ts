import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities, type EntityKind } from '../../../../../electron/library/entities/extract/extractEntities';
import { KINDS, ZERO, add, count, goldArticles, names, prf, seedArticles } from '../../../../fixtures/entities/goldSet';

for (const seed of seedArticles()) {
  test(`seed ${seed.id}: every listed person, place and organisation is found`, () => {
    const { entities } = extractEntities(seed.text, seed.language);
    for (const kind of KINDS) {
      const found = entities.filter((e) => e.kind === kind);
      for (const name of seed.expected[kind])
        assert.ok(
          found.some((e) => names(kind, name, e)),
          `${kind} ${name} not in ${found.map((e) => e.name).join(', ')}`,
        );
    }
  });
}

test('seeds: every person found is a person name, never a role, nationality or phrase', () => {
  const real = new Set([
    'Alexander Lukashenko',
    'Xi Jinping',
    'Cai Qi',
    'Li Shangfu',
    'Viktor Khrenin',
    'Zhang Qingwei',
    'Vladimir Putin',
    'Yin Bogu',
    'Huang Kechao',
    'Liang Jun',
    'Maha Afzal Chaudhary',
  ]);
  for (const seed of seedArticles()) {
    for (const e of extractEntities(seed.text, seed.language).entities) if (e.kind === 'person') assert.ok(real.has(e.name), `${seed.id}: ${e.name}`);
  }
});

test('seed 000: the CPC abbreviation and the full name are one organisation, and titles resolve to full names', () => {
  const seed = seedArticles().find((s) => s.id.startsWith('000'))!;
  const { entities } = extractEntities(seed.text, 'en');
  const cpc = entities.filter((e) => e.kind === 'org' && (e.name === 'Communist Party of China' || e.aliases.includes('CPC')));
  assert.equal(cpc.length, 1);
  assert.ok(cpc[0]!.mentions.some((m) => m.text === 'CPC') && cpc[0]!.mentions.some((m) => m.text === 'Communist Party of China'));
  const xi = entities.find((e) => e.name === 'Xi Jinping')!;
  assert.ok(
    xi.mentions.some((m) => m.text === 'Xi'),
    'President Xi is Xi Jinping',
  );
  const cai = entities.find((e) => e.name === 'Cai Qi')!;
  assert.ok(
    cai.mentions.some((m) => m.text === 'Cai'),
    'a later "Cai" is Cai Qi',
  );
});

test('gold set: precision and recall per kind stay high', () => {
  const totals: Record<EntityKind, typeof ZERO> = { person: ZERO, place: ZERO, org: ZERO };
  const articles = goldArticles();
  assert.ok(articles.length >= 15);
  for (const a of articles) {
    const { entities } = extractEntities(a.text, a.language);
    for (const kind of KINDS)
      totals[kind] = add(
        totals[kind],
        count(
          kind,
          a.expected[kind],
          entities.filter((e) => e.kind === kind),
        ),
      );
  }
  for (const kind of KINDS) {
    const { precision, recall } = prf(totals[kind]);
    assert.ok(precision >= 0.9 && recall >= 0.9, `${kind}: precision ${precision}, recall ${recall}`);
  }
});

test('every mention and date slices back to its text, and entities are listed once per key', () => {
  for (const a of [...seedArticles(), ...goldArticles()]) {
    const { entities, dates } = extractEntities(a.text, a.language);
    for (const m of [...entities.flatMap((e) => e.mentions), ...dates]) assert.equal(a.text.slice(m.start, m.end), m.text, a.id);
    const keys = entities.map((e) => e.key);
    assert.equal(new Set(keys).size, keys.length, a.id);
    for (const e of entities) assert.ok(e.mentions.length > 0 && !e.aliases.includes(e.name), e.name);
  }
});
