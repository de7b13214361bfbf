import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { registerTextFunctions } from '../../../../electron/library/db/textFunctions';
import { ArticleSearch } from '../../../../electron/library/search/ArticleSearch';
import { StatementCache } from '../../../../electron/library/db/StatementCache';
import { MatchRankings } from '../../../../electron/library/search/MatchRankings';
import { QueryMatches } from '../../../../electron/library/facets/QueryMatches';
import { CLOSE, OPEN, splitMarks } from '../../../../electron/library/search/snippetMarks';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

const WORDS = ['said', 'tax', 'bill', 'white', 'house', 'legislation', 'legislature', 'foreign', 'policy', 'money', 'bank', 'president', 'budget', 'the'];
const SOURCES = ['Xinhua', 'Reuters', 'TASS'];
const PAGE = 4;
const WINDOW = { limit: 8, contains: '' };

/** Sixty short articles from a few words, most with `said`, over three sources and six years. */
async function library() {
  const lib = tempLibrary();
  const dir = tempDir();
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 60; i++) {
    const words = Array.from({ length: 12 + Math.floor(next() * 20) }, () => WORDS[Math.floor(next() * WORDS.length)]!);
    if (i % 7 !== 0) words.push('said');
    if (i % 5 === 0) words.push('White House');
    const date = `${2016 + (i % 6)}-0${1 + (i % 9)}-1${i % 10}`;
    const front = `---\ntitle: "${words.slice(0, 3).join(' ')} ${i}"\ndate: ${date}\nsource: ${SOURCES[i % 3]}\n---\n\n`;
    fs.writeFileSync(path.join(dir, `a${i}.md`), `${front}${words.join(' ')}.\n`);
  }
  await lib.import([dir]);
  lib.reading.setRead([1, 4, 9, 16, 25, 36], true);
  lib.shelves.setArchived([2], true);
  return lib;
}

const LISTED = 'a.archived_at IS NULL AND a.trashed_at IS NULL';
const RELEVANCE = 'bm25(articles_fts, 1, 10), a.id DESC';

/** Each query of the list, with its result written out in plain SQL: the oracle the search is held to. */
const QUERIES: { query: string; match: string | null; where?: string; order?: string }[] = [
  { query: '', match: null, order: 'a.published IS NULL, a.published DESC, a.id DESC' },
  { query: 'said', match: 'said' },
  { query: 'tax bill', match: 'tax bill' },
  { query: '"white house"', match: '"white house"' },
  { query: 'legislat*', match: 'legislat*' },
  { query: 'foreign -policy', match: 'foreign NOT policy' },
  { query: 'is:unread money OR bank', match: 'money OR bank', where: 'a.read_at IS NULL' },
  { query: 'source:xinhua president', match: 'president', where: "a.source = 'Xinhua'" },
  { query: 'after:2018-01-01 before:2020-01-01 budget', match: 'budget', where: "a.published >= '2018-01-01' AND a.published < '2020-01-01'" },
  { query: 'said sort:title', match: 'said', order: 'a.title COLLATE NOCASE ASC, a.id ASC' },
];

function expected(lib: Awaited<ReturnType<typeof library>>, { match, where = '1', order = RELEVANCE }: (typeof QUERIES)[number]): number[] {
  const fts = match === null ? '' : 'JOIN articles_fts ON articles_fts.rowid = a.id AND articles_fts MATCH @match';
  return lib.db
    .prepare(`SELECT a.id FROM articles a ${fts} WHERE ${LISTED} AND ${where} ORDER BY ${order}`)
    .pluck()
    .all(match === null ? {} : { match }) as number[];
}

function marked(lib: Awaited<ReturnType<typeof library>>, match: string, id: number) {
  const rows = lib.db
    .prepare(
      `SELECT rowid AS id, highlight(articles_fts, 1, '${OPEN}', '${CLOSE}') AS title, snippet(articles_fts, 0, '${OPEN}', '${CLOSE}', '…', 24) AS snippet,
        bm25(articles_fts, 1, 10) AS score FROM articles_fts WHERE articles_fts MATCH ?`,
    )
    .all(match) as { id: number; title: string; snippet: string; score: number }[];
  const row = rows.find((r) => r.id === id)!;
  return { title: splitMarks(row.title), snippet: splitMarks(row.snippet), score: row.score };
}

test('every page of every query, ranked once and then from memory, is what plain SQL gives', async () => {
  const lib = await library();
  // Ranked ids are taken three at a time, so pages also reach past what was ranked first.
  const search = new ArticleSearch(lib.db, 3);
  for (const q of QUERIES) {
    const ids = expected(lib, q);
    assert.ok(ids.length > PAGE, `${q.query} matches more than a page`);
    const cold: unknown[] = [];
    for (let offset = 0; offset < ids.length + PAGE; offset += PAGE) {
      const page = search.query(q.query, PAGE, offset);
      assert.equal(page.total, ids.length, q.query);
      assert.deepEqual(
        page.rows.map((r) => r.id),
        ids.slice(offset, offset + PAGE),
        `${q.query} at ${offset}`,
      );
      cold.push(page);
      // Marks looked up row by row are those of a pass over every match.
      for (const row of page.rows) {
        if (q.match === null) break;
        const want = marked(lib, q.match, row.id);
        assert.deepEqual(
          [row.title, row.titleMarks, row.snippet, row.marks, row.score],
          [want.title.snippet, want.title.marks, want.snippet.snippet, want.snippet.marks, want.score],
          q.query,
        );
      }
    }
    const warm = Array.from({ length: cold.length }, (_, i) => search.query(q.query, PAGE, i * PAGE));
    assert.deepEqual(warm, cold, `${q.query}: asked again`);
    // The library's own search, ranking a thousand at a time, gives the same pages.
    assert.deepEqual(
      cold.map((_, i) => lib.search.query(q.query, PAGE, i * PAGE)),
      cold,
      q.query,
    );
  }
});

test('a prefix’s pages marked in an index of their rows alone are those marked in a pass over its matches', async (t) => {
  const lib = await library();
  const asked = t.mock.method(StatementCache.prototype, 'get');
  const passes = () => asked.mock.calls.filter(({ arguments: [sql] }) => sql.includes('+rowid IN (SELECT id FROM page)')).length;
  for (const query of ['legislat*', 'is:unread legislat*', 'legislat* said', 'pres* OR budget']) {
    const pages = (search: ArticleSearch) => Array.from({ length: 4 }, (_, i) => search.query(query, PAGE, i * PAGE));
    const before = passes();
    const inScratch = pages(new ArticleSearch(lib.db, 3, 0));
    assert.equal(passes(), before, `${query}: no pass over the matches`);
    const passed = pages(new ArticleSearch(lib.db, 3));
    assert.ok(passes() > before, `${query}: marked in a pass below SCRATCH_FROM matches`);
    assert.ok(
      inScratch.every(({ rows }) => rows.length === PAGE && rows.every((row) => row.marks.length > 0 && row.score !== null)),
      query,
    );
    assert.deepEqual(inScratch, passed, query);
  }
  // What a pass costs follows how many articles the match alone is in, however few the query keeps.
  const matches = lib.db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH \'"legislat"*\'').pluck().get() as number;
  assert.ok(lib.search.query('is:unread legislat*', 1, 0).total < matches);
  for (const [from, pass] of [
    [matches, false],
    [matches + 1, true],
  ] as const) {
    const before = passes();
    new ArticleSearch(lib.db, 3, from).query('is:unread legislat*', PAGE, 0);
    assert.equal(passes() > before, pass, `from ${from} of ${matches} matches`);
  }
});

test('a change to the library, by this connection or another, is seen by the next ask', async () => {
  const lib = await library();
  const query = QUERIES.find((q) => q.query.startsWith('is:unread'))!;
  const before = lib.search.query(query.query, 100, 0);
  const first = before.rows[0]!.id;
  lib.reading.setRead([first], true);
  const after = lib.search.query(query.query, 100, 0);
  assert.equal(after.total, before.total - 1);
  assert.deepEqual(
    after.rows.map((r) => r.id),
    expected(lib, query),
  );

  // The CLI writing to the library the app has open.
  const Database = (await import('better-sqlite3')).default;
  const other = new Database(lib.db.name);
  // Every connection to a library reads articles through these (openDatabase), and writes them too.
  registerTextFunctions(other);
  other.prepare('UPDATE articles SET read_at = NULL WHERE id = ?').run(first);
  other.close();
  assert.deepEqual(lib.search.query(query.query, 100, 0), before);
  assert.equal(lib.search.total(query.query), before.total);
});

test('storing a reading place or a setting keeps the list’s and the pane’s answers, but for what reads reading places', async (t) => {
  const lib = await library();
  const search = new ArticleSearch(lib.db, 3);
  const ids = (query: string) => search.query(query, 100, 0).rows.map((r) => r.id);
  const ranked = t.mock.method(MatchRankings.prototype, 'ranked');
  const matched = t.mock.method(QueryMatches.prototype, 'matching');
  const counts = (query: string) => lib.facets.facets(query, { sources: WINDOW, people: WINDOW, places: WINDOW, orgs: WINDOW, tags: WINDOW }).total;
  const said = ids('said');
  const saidCounts = counts('said');
  const asked = [ranked.mock.callCount(), matched.mock.callCount()];
  const [first, second] = said as [number, number];
  lib.reading.setPosition(first, 0.5);
  lib.setSetting('currentQuery', 'said');
  assert.deepEqual(ids('said'), said);
  assert.equal(counts('said'), saidCounts);
  assert.deepEqual([ranked.mock.callCount(), matched.mock.callCount()], asked, 'the list’s ranking and the pane’s matches are kept');

  // What reads the places sees each one stored.
  const inProgress = () => [ids('is:inprogress').sort((a, b) => a - b), counts('is:inprogress')];
  assert.deepEqual(inProgress(), [[first], 1]);
  lib.reading.setPosition(second, 0.25);
  assert.deepEqual(inProgress(), [[first, second].sort((a, b) => a - b), 2]);
  assert.deepEqual(ids('sort:progress-desc').slice(0, 2), [first, second]);
  lib.reading.setPosition(second, 0.75);
  assert.deepEqual(ids('sort:progress-desc').slice(0, 2), [second, first]);
  lib.reading.setPosition(first, 1);
  assert.deepEqual(inProgress(), [[second], 1]);
  // Anything else written still drops what was kept.
  lib.reading.setRead([first], true);
  ids('said');
  assert.ok(ranked.mock.callCount() > asked[0]!, 'ranked again after a read mark');
});

test('after changes to what queries keep, and to the text itself, every ranked page is still what plain SQL gives', async () => {
  const lib = await library();
  lib.reading.setStarred([3, 5, 8], true);
  // Ranked three at a time: pages come from the match's ranking, filtered, and past it from ranking with the conditions.
  const search = new ArticleSearch(lib.db, 3);
  const queries = [...QUERIES.filter((q) => q.match !== null && !q.order), { query: 'is:starred said', match: 'said', where: 'a.starred = 1' }];
  const check = (when: string) => {
    for (const q of queries) {
      const ids = expected(lib, q);
      const scores = new Map(
        lib.db.prepare(`SELECT rowid, bm25(articles_fts, 1, 10) FROM articles_fts WHERE articles_fts MATCH ?`).raw().all(q.match) as [number, number][],
      );
      for (let offset = 0; offset < ids.length + PAGE; offset += PAGE) {
        const page = search.query(q.query, PAGE, offset);
        assert.equal(page.total, ids.length, `${when}: ${q.query}`);
        assert.deepEqual(
          page.rows.map((r) => [r.id, r.score]),
          ids.slice(offset, offset + PAGE).map((id) => [id, scores.get(id)]),
          `${when}: ${q.query} at ${offset}`,
        );
      }
    }
  };
  check('first');
  for (const [when, change] of [
    ['read', () => lib.reading.setRead([7, 10, 11, 12, 13, 14, 15], true)],
    ['unread', () => lib.reading.setRead([1, 4, 7], false)],
    ['starred', () => lib.reading.setStarred([20, 21], true)],
    ['archived', () => lib.shelves.setArchived([17, 18, 19, 22], true)],
    ['a setting', () => lib.setSetting('x', 'y')],
    ['a body edited', () => lib.db.prepare("UPDATE articles SET body_deflated = deflate_text(body || ' said tax bill') WHERE id = 23").run()],
    ['an article deleted', () => lib.db.prepare('DELETE FROM articles WHERE id = 24').run()],
  ] as const) {
    change();
    check(when);
  }
});
