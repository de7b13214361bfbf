import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { parseQuery } from '../../../../electron/common/query/queryParser';
import type { ParsedQuery, QueryFilter } from '../../../../electron/common/query/queryTypes';

type Expected = Partial<ParsedQuery> & { match: string | null };

const f = (field: 'source' | 'author' | 'lang' | 'person' | 'place' | 'org' | 'tag' | 'color', value: string, negated = false): QueryFilter => ({
  field,
  value,
  negated,
});
const published = (from: string | null, to: string | null, negated = false): QueryFilter => ({ field: 'published', range: { from, to }, negated });
const cjk = (trigram: string | null, substrings: string[] = [], negated = false) => ({ negated, fts: null, trigram, substrings });

// Unlisted fields are expected empty (no filters, conditions or hints; default sort).
const cases: [string, Expected][] = [
  // plain text
  ['', { match: null }],
  ['   ', { match: null }],
  ['trade', { match: '"trade"' }],
  ['trade war', { match: '"trade" AND "war"' }],
  ['"trade war"', { match: '"trade war"' }],
  ['Lukaschénko', { match: '"Lukaschénko"' }],
  ['минск встреча', { match: '"минск" AND "встреча"' }],
  ['tariff*', { match: '"tariff"*' }],
  ['"trade wa"*', { match: '"trade wa"*' }],
  ['well-known', { match: '"well-known"' }],
  ['10:30', { match: '"10:30"' }],
  ['and or not', { match: '"and" AND "or" AND "not"' }],
  // boolean operators
  ['tariffs OR sanctions', { match: '("tariffs" OR "sanctions")' }],
  ['trade tariffs OR sanctions', { match: '"trade" AND ("tariffs" OR "sanctions")' }],
  ['a OR b OR c d', { match: '("a" OR "b" OR "c") AND "d"' }],
  ['trade -china', { match: '"trade" NOT "china"' }],
  ['trade NOT china', { match: '"trade" NOT "china"' }],
  ['a AND b', { match: '"a" AND "b"' }],
  ['a -b -"c d"', { match: '"a" NOT "b" NOT "c d"' }],
  ['-china', { match: null, conditions: [{ negated: true, fts: '"china"', trigram: null, substrings: [] }] }],
  [
    'NOT china -russia',
    {
      match: null,
      conditions: [
        { negated: true, fts: '"china"', trigram: null, substrings: [] },
        { negated: true, fts: '"russia"', trigram: null, substrings: [] },
      ],
    },
  ],
  // scripts without spaces
  ['习近平', { match: null, conditions: [cjk('"习近平"')] }],
  ['习近平 trade', { match: '"trade"', conditions: [cjk('"习近平"')] }],
  ['会见', { match: null, conditions: [cjk(null, ['会见'])] }],
  ['-会见 a', { match: '"a"', conditions: [cjk(null, ['会见'], true)] }],
  ['Xi OR 习近平 OR 习', { match: null, conditions: [{ negated: false, fts: '"Xi"', trigram: '"习近平"', substrings: ['习'] }] }],
  ['東京タワー 서울에서', { match: null, conditions: [cjk('"東京タワー"'), cjk('"서울에서"')] }],
  ['"习近平 会见"', { match: null, conditions: [cjk('"习近平 会见"')] }],
  // field operators
  ['source:xinhua', { match: null, filters: [f('source', 'xinhua')] }],
  ['Source:Xinhua', { match: null, filters: [f('source', 'Xinhua')] }],
  ['-source:xinhua trade', { match: '"trade"', filters: [f('source', 'xinhua', true)] }],
  ['NOT source:xinhua', { match: null, filters: [f('source', 'xinhua', true)] }],
  [
    'person:"Xi Jinping" place:minsk org:sco tag:trade',
    {
      match: null,
      filters: [f('person', 'Xi Jinping'), f('place', 'minsk'), f('org', 'sco'), f('tag', 'trade')],
    },
  ],
  ['author:"  Anna Smith "', { match: null, filters: [f('author', 'Anna Smith')] }],
  ['lang:RU', { match: null, filters: [f('lang', 'ru')] }],
  ['lang:zh-Hant', { match: null, filters: [f('lang', 'zh-hant')] }],
  ['color:Yellow', { match: null, filters: [f('color', 'yellow')] }],
  [
    'is:unread is:READ -is:starred',
    {
      match: null,
      filters: [
        { field: 'is', value: 'unread', negated: false },
        { field: 'is', value: 'read', negated: false },
        { field: 'is', value: 'starred', negated: true },
      ],
    },
  ],
  [
    'has:highlights -has:notes',
    {
      match: null,
      filters: [
        { field: 'has', value: 'highlights', negated: false },
        { field: 'has', value: 'notes', negated: true },
      ],
    },
  ],
  ['source:xinhua lang:ru minsk*', { match: '"minsk"*', filters: [f('source', 'xinhua'), f('lang', 'ru')] }],
  // dates
  ['after:2025-01-01', { match: null, filters: [published('2025-01-01', null)] }],
  ['before:2025-06', { match: null, filters: [published(null, '2025-06-01')] }],
  ['date:2023', { match: null, filters: [published('2023-01-01', '2024-01-01')] }],
  ['date:2023-12', { match: null, filters: [published('2023-12-01', '2024-01-01')] }],
  ['date:2024-02-29', { match: null, filters: [published('2024-02-29', '2024-03-01')] }],
  ['date:2023-12-31', { match: null, filters: [published('2023-12-31', '2024-01-01')] }],
  ['-date:2023', { match: null, filters: [published('2023-01-01', '2024-01-01', true)] }],
  ['date:9999', { match: null, filters: [published('9999-01-01', null)] }],
  ['after:2025-01 before:2025-02', { match: null, filters: [published('2025-01-01', null), published(null, '2025-02-01')] }],
  // sort
  ['sort:title', { match: null, sort: { key: 'title', direction: 'asc' } }],
  ['sort:published', { match: null, sort: { key: 'published', direction: 'desc' } }],
  ['sort:imported-asc', { match: null, sort: { key: 'imported', direction: 'asc' } }],
  ['sort:progress', { match: null, sort: { key: 'progress', direction: 'desc' } }],
  ['sort:Relevance-DESC', { match: null, sort: { key: 'relevance', direction: 'desc' } }],
  ['sort:title sort:published', { match: null, sort: { key: 'published', direction: 'desc' }, hints: ['only the last sort: is used'] }],
  // malformed operators read as text
  ['foo:bar', { match: '"foo:bar"', hints: ['unknown operator "foo:" read as text'] }],
  ['title:minsk', { match: '"title:minsk"', hints: ['unknown operator "title:" read as text'] }],
  ['after:yesterday', { match: '"after:yesterday"', hints: ['after: expects a date like 2025-01-01'] }],
  ['date:2025-02-30', { match: '"date:2025-02-30"', hints: ['date: expects a date like 2025-01-01'] }],
  ['before:2025-13', { match: '"before:2025-13"', hints: ['before: expects a date like 2025-01-01'] }],
  ['date:0099', { match: '"date:0099"', hints: ['date: expects a date like 2025-01-01'] }],
  ['is:pinned', { match: '"is:pinned"', hints: ['is: expects unread, read, starred, inprogress, archived or trashed'] }],
  ['has:tags', { match: '"has:tags"', hints: ['has: expects highlights or notes'] }],
  ['lang:russian1', { match: '"lang:russian1"', hints: ['lang: expects a language code like ru'] }],
  ['color:#ff0', { match: '"color:#ff0"', hints: ['color: expects yellow, red, green, blue or purple'] }],
  ['color:orange', { match: '"color:orange"', hints: ['color: expects yellow, red, green, blue or purple'] }],
  ['sort:date', { match: '"sort:date"', hints: ['sort: expects published, imported, title, relevance or progress, optionally with -asc or -desc'] }],
  ['-sort:title', { match: null, conditions: [{ negated: true, fts: '"sort:title"', trigram: null, substrings: [] }], hints: ['sort: cannot be negated'] }],
  ['source: xinhua', { match: '"source:" AND "xinhua"', hints: ['source: needs a value; read as text'] }],
  ['source:""', { match: '"source:"', hints: ['source: needs a value; read as text'] }],
  // odd and hostile input
  ['-', { match: null, hints: ['lone "-" ignored'] }],
  ['a - b', { match: '"a" AND "b"', hints: ['lone "-" ignored'] }],
  ['OR', { match: '"OR"', hints: ['"OR" needs a word on each side; read as text'] }],
  ['a OR', { match: '"a" AND "OR"', hints: ['"OR" needs a word on each side; read as text'] }],
  ['OR a', { match: '"OR" AND "a"', hints: ['"OR" needs a word on each side; read as text'] }],
  ['a OR -b', { match: '"a" AND "OR" NOT "b"', hints: ['"OR" needs a word on each side; read as text'] }],
  ['source:x OR a', { match: '"OR" AND "a"', filters: [f('source', 'x')], hints: ['"OR" needs a word on each side; read as text'] }],
  ['NOT', { match: '"NOT"', hints: ['"NOT" needs a word after it; read as text'] }],
  ['a NOT -b', { match: '"a" AND "NOT" NOT "b"', hints: ['"NOT" needs a word after it; read as text'] }],
  ['AND', { match: '"AND"', hints: ['"AND" needs a word on each side; read as text'] }],
  ['"unclosed phrase', { match: '"unclosed phrase"', hints: ['closing quote added at the end'] }],
  ['a "b" "c', { match: '"a" AND "b" AND "c"', hints: ['closing quote added at the end'] }],
  ['person:"Xi Jinping', { match: null, filters: [f('person', 'Xi Jinping')], hints: ['closing quote added at the end'] }],
  ['"', { match: null, hints: ['closing quote added at the end', '""" has no letters or digits; ignored'] }],
  ['""', { match: null, hints: ['"""" has no letters or digits; ignored'] }],
  ['a"b"c', { match: '"a" AND "b" AND "c"' }],
  ['*', { match: null, hints: ['"*" has no letters or digits; ignored'] }],
  [
    'a ... & 🙂',
    { match: '"a"', hints: ['"..." has no letters or digits; ignored', '"&" has no letters or digits; ignored', '"🙂" has no letters or digits; ignored'] },
  ],
  ['^a', { match: '"^a"', hints: ['"^" has no special meaning here; read as text'] }],
  ['(a OR b)', { match: '("(a" OR "b)")', hints: ['"(" has no special meaning here; read as text', '")" has no special meaning here; read as text'] }],
  [
    '{title body}: x',
    { match: '"{title" AND "body}:" AND "x"', hints: ['"{" has no special meaning here; read as text', '"}" has no special meaning here; read as text'] },
  ],
  [
    'NEAR(a b, 3)',
    {
      match: '"NEAR(a" AND "b," AND "3)"',
      hints: ['"(" has no special meaning here; read as text', 'NEAR is not supported; read as text', '")" has no special meaning here; read as text'],
    },
  ],
  ['a*b', { match: '"a*b"', hints: ['"*" has no special meaning here; read as text'] }],
  ['"a ""b"', { match: '"a " AND "b"' }],
  ['--a', { match: null, conditions: [{ negated: true, fts: '"-a"', trigram: null, substrings: [] }] }],
  ['-"a b"', { match: null, conditions: [{ negated: true, fts: '"a b"', trigram: null, substrings: [] }] }],
];

// Expected strings are checked against FTS5 itself too, so a wrong expectation cannot hide a syntax error.
const db = new Database(':memory:');
after(() => db.close());
db.exec(`CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE articles_tri USING fts5(title, body, tokenize='trigram');`);
const runMatch = (table: string, match: string | null) => {
  if (match !== null) db.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`).get(match);
};

for (const [input, expected] of cases) {
  test(`parses ${JSON.stringify(input)}`, () => {
    const { highlight: _, ...parsed } = parseQuery(input);
    assert.deepEqual(parsed, { conditions: [], filters: [], sort: null, hints: [], ...expected });
    runMatch('articles_fts', parsed.match);
    for (const c of parsed.conditions) {
      runMatch('articles_fts', c.fts);
      runMatch('articles_tri', c.trigram);
    }
  });
}

test('highlight lists the positive terms, without exclusions or edge punctuation', () => {
  assert.deepEqual(parseQuery('"trade war" tariff* OR 习近平 -china (minsk) source:xinhua').highlight, [
    { text: 'trade war', prefix: false },
    { text: 'tariff', prefix: true },
    { text: '习近平', prefix: false },
    { text: 'minsk', prefix: false },
  ]);
});
