import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseArticle } from '../../../../electron/library/parse/parseArticle';
import { blocksToText, type ParsedArticle } from '../../../../electron/library/parse/types';
import { ROOT } from '../../helpers/tempLibrary';

const fixture = (name: string): Buffer => readFileSync(path.join(ROOT, 'tests', 'fixtures', 'parse', name));
const parse = (name: string): ParsedArticle => parseArticle(name, fixture(name));

interface Case {
  file: string;
  expect: Partial<Omit<ParsedArticle, 'blocks'>>;
  /** Block kinds and texts (prefixes) in order; omitted when the case is only about metadata. */
  blocks?: Array<[kind: string, textStart: string]>;
  bodyLacks?: string[];
}

const CASES: Case[] = [
  {
    file: 'no-header-sputnik.txt',
    // "Observers … had been invited in 2024" is a year alone: it does not date "MINSK, 31 Aug", and no date beats a wrong one.
    expect: { title: 'Belarus and Russia hold joint drills near Brest', published: null, source: 'Sputnik', dateline: 'Minsk', language: 'en' },
  },
  {
    file: 'year-ambiguous.txt',
    expect: { published: null, source: 'Sputnik', dateline: 'Minsk' },
  },
  {
    file: 'weekday-date-line.txt',
    expect: { title: 'Xi Jinping hosts leaders at SCO summit in Tianjin', published: '2025-09-02', author: 'Jane Roe', source: 'Xinhua', dateline: 'Tianjin' },
    bodyLacks: ['Tuesday, 2 September', 'By Jane Roe'],
  },
  {
    file: 'breadcrumb-separators.txt',
    expect: { title: 'Xi hosts leaders at summit in Tianjin', published: null, source: null },
    bodyLacks: ['Home ›', 'Asia ›'],
  },
  {
    file: 'russian-belta.txt',
    expect: { title: 'Лукашенко встретился с Си Цзиньпином в Тяньцзине', published: '2025-08-31', source: 'BelTA', dateline: 'Минск', language: 'ru' },
    bodyLacks: ['Читайте также', 'Поделиться'],
  },
  {
    file: 'german-dpa.txt',
    expect: { title: 'Lukaschenko trifft Xi in Peking', published: null, source: 'dpa', dateline: 'Berlin', language: 'de' },
    bodyLacks: ['Lesen Sie auch', 'Teilen'],
  },
  {
    file: 'french-afp.txt',
    expect: { title: 'Loukachenko rencontre Xi Jinping à Tianjin', published: '2025-09-01', source: 'AFP', language: 'fr' },
  },
  {
    file: 'furniture-everywhere.txt',
    expect: { title: 'China and Belarus sign trade agreements', source: 'Xinhua', dateline: 'Beijing', tags: ['China', 'Belarus', 'trade'] },
    blocks: [
      ['p', 'BEIJING, Sept. 3 (Xinhua) -- China and Belarus signed'],
      ['p', 'The agreements are expected'],
    ],
  },
  {
    file: 'hard-wrapped.txt',
    expect: { title: 'Minsk hosts regional security conference', published: '2024-05-10' },
    blocks: [
      ['p', 'Delegations from twelve countries gathered in Minsk on Thursday for a two-day conference'],
      ['p', 'The ministry said the talks would focus on arms control, border management'],
      ['p', 'Observers from several'],
    ],
  },
  {
    file: 'lists-and-headings.txt',
    expect: { title: 'Five agreements signed in Minsk' },
    blocks: [
      ['p', 'The two sides signed'],
      ['h', 'What the documents cover'],
      ['li', 'a memorandum'],
      ['li', 'a customs agreement'],
      ['li', 'a plan for joint research'],
      ['p', 'The parties also agreed'],
    ],
  },
  {
    file: 'lead-with-abbreviations.txt',
    expect: { published: null, source: null },
    blocks: [
      ['p', 'Mr. Lukashenko told U.S. envoy'],
      ['p', 'Coale said'],
    ],
  },
  {
    file: 'author-box.txt',
    expect: { title: 'Minsk metro opens third line extension', author: 'Jane Roe', published: '2025-02-01' },
    bodyLacks: ['Jane Roe', 'is a correspondent', 'Follow us', 'Most Popular', 'tram network'],
  },
];

describe('plain-text clippings', () => {
  for (const c of CASES) {
    test(c.file, () => {
      const article = parse(c.file);
      for (const [field, value] of Object.entries(c.expect)) assert.deepEqual(article[field as keyof ParsedArticle], value, field);
      if (c.blocks) {
        assert.deepEqual(
          article.blocks.map((b) => b.kind),
          c.blocks.map(([kind]) => kind),
        );
        c.blocks.forEach(([, start], i) => assert.ok(article.blocks[i]!.text.startsWith(start), `block ${i}: ${article.blocks[i]!.text}`));
      }
      const body = blocksToText(article.blocks);
      for (const s of c.bodyLacks ?? []) assert.ok(!body.includes(s), `body contains ${s}`);
    });
  }

  test('a title made from a long lead is its first sentence cut at a word boundary, and the lead stays in the body', () => {
    const article = parse('lead-with-abbreviations.txt');
    assert.match(article.title, /^Mr\. Lukashenko told U\.S\. envoy John Coale on Sept\. 11 in Minsk that .*\S…$/);
    assert.ok(article.title.length <= 121);
    assert.ok(article.blocks[0]!.text.endsWith('according to the presidential press service.'));
  });
});

type Expected = {
  title: string[] | { prefix: string };
  published: string;
  source: string | null;
  author?: string;
  language: string;
  bodyMustNotContain?: string[];
  bodyOnce?: string;
  headings?: string[];
};

describe('seed clippings match their true metadata', () => {
  const expected = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'seeds-expected.json'), 'utf8')) as Record<string, Expected | string>;
  for (const [file, want] of Object.entries(expected)) {
    if (typeof want === 'string') continue;
    test(file, () => {
      const article = parseArticle(file, readFileSync(path.join(ROOT, 'seeds', file)));
      if (Array.isArray(want.title)) assert.ok(want.title.includes(article.title), article.title);
      else assert.ok(article.title.startsWith(want.title.prefix), article.title);
      assert.equal(article.published, want.published);
      assert.equal(article.source, want.source);
      assert.equal(article.language, want.language);
      if (want.author) assert.equal(article.author, want.author);
      const body = blocksToText(article.blocks);
      for (const s of want.bodyMustNotContain ?? []) assert.ok(!body.includes(s), `body contains ${s}`);
      if (want.bodyOnce) assert.equal(body.split(want.bodyOnce).length - 1, 1);
      if (want.headings)
        assert.deepEqual(
          article.blocks.filter((b) => b.kind === 'h').map((b) => b.text),
          want.headings,
        );
    });
  }
});

describe('a junk first line loses to the real headline', () => {
  const LEAD = 'MINSK, Dec. 3 (Xinhua) -- Belarus and China signed a trade agreement on Sunday, officials said.';
  const cases: Array<[kind: string, head: string]> = [
    ['only digits after the header', ' date 2023-12-03 0\nSunday 10:42\n'],
    ['a time', ' date 2023-12-03 10:42\n'],
    ['a weekday line', 'Sunday\n\n'],
    ['a weekday and a time', 'Sun 10:42 GMT\n'],
    ['a single character', 'A\n'],
    ['a photo counter and a time', '23 / 10:42\n'],
    ['a photo caption', 'Photo: officials at the signing ceremony\n'],
  ];
  for (const [kind, head] of cases) {
    test(kind, () => {
      const a = parseArticle('a.txt', Buffer.from(`${head}Belarus and China sign trade agreement\n\n${LEAD}\n`));
      assert.equal(a.title, 'Belarus and China sign trade agreement');
      assert.equal(a.blocks[0]?.text, LEAD);
    });
  }
});
