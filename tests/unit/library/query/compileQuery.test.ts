import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { parseQuery } from '../../../../electron/common/query/queryParser';
import type { ParsedQuery } from '../../../../electron/common/query/queryTypes';

// The same tables the library uses, to prove every MATCH string the parser emits is valid FTS5.
const db = new Database(':memory:');
after(() => db.close());
db.exec(`
  CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, body TEXT);
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE articles_tri USING fts5(title, body, tokenize='trigram');
`);
const rows: [number, string, string][] = [
  [1, 'Lukaschenko meets Putin in Minsk', 'Лукашенко встретился с Путиным в Минске. Trade talks continued.'],
  [2, 'Straße der Einheit', 'Lukaschénko besuchte die Straße in München; Gespräche über Handel.'],
  [3, '习近平会见普京', '中国国家主席习近平在北京会见俄罗斯总统普京。双方讨论了贸易问题。'],
  [4, 'Trade war escalates', 'Tariffs and sanctions were announced against China. The trade-war deepens.'],
  [5, '東京タワー', '서울에서 회의가 열렸다. Tokyo tower news.'],
];
for (const [id, title, body] of rows) {
  for (const table of ['articles', 'articles_fts', 'articles_tri']) {
    db.prepare(`INSERT INTO ${table} (rowid, title, body) VALUES (?, ?, ?)`).run(id, title, body);
  }
}

/** Compiles the text part of a parse the way the library is meant to, and returns the matching ids. */
function ids(q: ParsedQuery): number[] {
  const where: string[] = [];
  const params: string[] = [];
  const inFts = (table: string, match: string) => {
    params.push(match);
    return `id IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`;
  };
  if (q.match) where.push(inFts('articles_fts', q.match));
  for (const c of q.conditions) {
    const alternatives = [
      ...(c.fts ? [inFts('articles_fts', c.fts)] : []),
      ...(c.trigram ? [inFts('articles_tri', c.trigram)] : []),
      ...c.substrings.map((s) => {
        params.push(s, s);
        return '(instr(title, ?) > 0 OR instr(body, ?) > 0)';
      }),
    ];
    where.push(`${c.negated ? 'NOT ' : ''}(${alternatives.join(' OR ')})`);
  }
  const sql = `SELECT id FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
  return db
    .prepare(sql)
    .pluck()
    .all(...params)
    .map((id) => Number(id));
}

const searches: [string, number[]][] = [
  ['', [1, 2, 3, 4, 5]],
  ['lukaschenko', [1, 2]],
  ['Lukaschénko', [1, 2]],
  ['LUKASCHÉNKO', [1, 2]],
  ['munchen', [2]],
  ['straße', [2]],
  ['минск*', [1]],
  ['минск', []],
  ['лукашенко', [1]],
  ['luka*', [1, 2]],
  ['"trade war"', [4]],
  ['"war trade"', []],
  ['trade', [1, 4]],
  ['trade -china', [1]],
  ['trade NOT china', [1]],
  ['-trade', [2, 3, 5]],
  ['tariffs OR handel', [2, 4]],
  ['trade tariffs OR handel', [4]],
  ['习近平', [3]],
  ['近平会', [3]],
  ['普京', [3]],
  ['普京 trade', []],
  ['贸易 OR tariffs', [3, 4]],
  ['-习近平 trade', [1, 4]],
  ['서울에서', [5]],
  ['タワー', [5]],
  ['tokyo 東京', [5]],
  ['source:xinhua minsk', [1]],
  ['(minsk)', [1]],
  ['"minsk', [1]],
  ['minsk OR', []],
  ['NEAR(minsk putin)', []],
  ['title:minsk', []],
  ['*** ^ {} -', [1, 2, 3, 4, 5]],
];

for (const [input, expected] of searches) {
  test(`search ${JSON.stringify(input)} finds ${JSON.stringify(expected)}`, () => {
    assert.deepEqual(ids(parseQuery(input)), expected);
  });
}

const fragments = fc.constantFrom(
  ...['"', '-', '*', '(', ')', '{', '}', '^', ':', '+', ',', '.', "'", '\\', '/', '%', '_', '\u0301', '\u0000', '\n', '\t', ' ', '  '],
  ...['OR', 'AND', 'NOT', 'NEAR', 'or', 'title', 'body', 'source:', 'after:', 'date:2023', 'sort:', 'is:', 'lang:', 'foo:'],
  ...['trade', 'Lukaschénko', 'Минск', 'Straße', '习近平', '会', 'タワー', '서울', '🙂', '👩‍👩‍👧', '\u00a0', '\u200b'],
);
const queries = fc.oneof(
  fc.array(fragments, { maxLength: 16 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

test('no input makes FTS5 reject a MATCH string', () => {
  fc.assert(
    fc.property(queries, (input) => {
      const parsed = parseQuery(input);
      assert.doesNotThrow(() => ids(parsed), `query ${JSON.stringify(input)}`);
    }),
    { numRuns: 2000 },
  );
});

test('words typed without operators are all found in an article that contains them', () => {
  const words = fc.constantFrom('trade', 'tariffs', 'sanctions', 'china', 'war', 'deepens', 'announced');
  fc.assert(
    fc.property(fc.array(words, { minLength: 1, maxLength: 4 }), (picked) => {
      assert.ok(ids(parseQuery(picked.join(' '))).includes(4));
    }),
  );
});
