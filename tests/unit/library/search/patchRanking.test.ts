import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { registerTextFunctions } from '../../../../electron/library/db/textFunctions';
import { indexChanges } from '../../../../electron/library/db/IndexChanges';
import { StatementCache } from '../../../../electron/library/db/StatementCache';
import { BM25 } from '../../../../electron/library/query/compileQuery';
import { ArticleSearch } from '../../../../electron/library/search/ArticleSearch';
import { patchablePhrases, patchRanking } from '../../../../electron/library/search/patchRanking';
import { indexTotals } from '../../../../electron/library/search/bm25';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

const library = tempLibrary();
const statements = new StatementCache(library.db);
const changes = indexChanges(library.db);
const FILLER = ['tax', 'bill', 'money', 'bank', 'policy', 'budget', 'house', 'court'];
let added = 0;

/** Articles, each `said` some times in a text of some length, so that their order by bm25 depends on the average length. */
async function add(texts: { said: number; length: number }[]): Promise<void> {
  const dir = tempDir();
  for (const { said, length } of texts) {
    const n = added++;
    const words = Array.from({ length }, (_, w) => (w < said ? 'said' : FILLER[(w * 7 + n) % FILLER.length]!));
    // Some end with `sailing`: the prefix `sai` then stands for two words, counted together.
    if (n % 3 === 0) words[length - 1] = 'sailing';
    fs.writeFileSync(path.join(dir, `a${n}.md`), `---\ntitle: "Article ${n}"\n---\n\n${words.join(' ')}.\n`);
  }
  await library.import([dir]);
}

type Row = [number, number];
const ranking = (match: string): Row[] =>
  library.db.prepare(`SELECT rowid, ${BM25} AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score ASC, rowid DESC`).raw().all(match) as Row[];

/** The first `depth` of the match's ranking, patched after `change`, against the ranking computed in full after it. */
async function patchAfter(match: string, depth: number, change: () => unknown) {
  const first = ranking(match).slice(0, depth);
  const total = ranking(match).length;
  const kept = { ids: first.map(([id]) => id), scores: first.map(([, score]) => score), complete: first.length < depth, total };
  const before = indexTotals(statements);
  const mark = changes.mark()!;
  await change();
  const changed = changes.since(mark)!;
  const patched = patchRanking(statements, match, patchablePhrases(match)!, kept, before, indexTotals(statements), {
    ids: changed,
    before: changes.before(mark),
  })!;
  const rows = patched.ids.map((id, i): Row => [id, patched.scores[i]!]);
  return { kept: kept.ids, changed, rows, full: ranking(match), total: patched.total };
}

test('only matches of quoted words, with AND, OR, NOT and parentheses, are patched', () => {
  assert.deepEqual(patchablePhrases('"said"'), ['"said"']);
  assert.deepEqual(patchablePhrases('("money" OR "bank") NOT "tax"'), ['"money"', '"bank"', '"tax"']);
  assert.deepEqual(patchablePhrases('"legislat"*'), ['"legislat"*']);
  assert.deepEqual(patchablePhrases('"white house"'), ['"white house"'], 'a phrase of several words, alone');
  assert.equal(patchablePhrases('"white house" AND "said"'), null, 'a phrase of several words with others');
  assert.equal(patchablePhrases('"white hou"*'), null, 'a prefix of several words');
  assert.equal(patchablePhrases('"Said it, said"'), null, 'a phrase whose instances could overlap');
  assert.equal(patchablePhrases('title: "said"'), null, 'any other syntax');
});

test('after articles are imported, edited and deleted, a patched ranking is the start of the full ranking, scores included', async (t) => {
  await add(Array.from({ length: 80 }, (_, i) => ({ said: 1 + (i % 4), length: 10 + ((i * 13) % 90) })));
  const steps: [string, () => unknown][] = [
    [
      'imported',
      () =>
        add([
          { said: 3, length: 12 },
          { said: 1, length: 40 },
          { said: 0, length: 30 },
        ]),
    ],
    ['edited', () => library.db.prepare("UPDATE articles SET body_deflated = deflate_text(body || ' said said') WHERE id IN (5, 6)").run()],
    [
      'deleted',
      () => library.db.prepare('DELETE FROM articles WHERE id = (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 1)').run('said'),
    ],
    ['read', () => library.reading.setRead([7, 8], true)],
    // More than IndexChanges keeps the texts of: the count of a word is then taken again.
    ['many edited', () => library.db.prepare("UPDATE articles SET body_deflated = deflate_text(body || ' court said') WHERE id <= 70").run()],
  ];
  const asked = t.mock.method(StatementCache.prototype, 'get');
  const calls = (start: string) => asked.mock.calls.filter(({ arguments: [sql] }) => sql.startsWith(start)).length;
  const [counts, passes, lookups] = [
    () => calls('SELECT count(*) FROM articles_fts'),
    () => calls('SELECT rowid, bm25'),
    () => calls('SELECT page.value, length(highlight(articles_fts'),
  ];
  for (const [what, change] of steps) {
    for (const match of ['"said"', '"sai"*', '"said" OR "court"', '"said" NOT "court"']) {
      const [countsBefore, passesBefore, lookupsBefore] = [counts(), passes(), lookups()];
      const { rows, full, changed, total } = await patchAfter(match, 20, change);
      assert.ok(changed.length > 0 || what === 'read', what);
      assert.deepEqual(rows, full.slice(0, rows.length), `${what}: ${match}`);
      assert.ok(rows.length >= Math.min(15, full.length), `${what}: ${match} keeps most of the ranking (${rows.length} of ${full.length})`);
      if (match.includes(' ')) continue;
      // One word's (or prefix's) count is the kept one moved by the changed articles, and its kept rows are scored
      // again from their kept scores, without a pass over its rows; but when a text before is not known.
      assert.equal(total, full.length, `${what}: ${match}: the count`);
      assert.equal(counts() - countsBefore, what === 'many edited' ? 1 : 0, `${what}: ${match}: counted again`);
      assert.equal(passes() - passesBefore, what === 'many edited' ? 1 : 0, `${what}: ${match}: scored by a pass over its rows`);
      // A prefix's changed rows are counted in an index of their own: in the library's, each lookup gathers every word it stands for.
      if (match.endsWith('*')) assert.equal(lookups() - lookupsBefore, 0, `${what}: ${match}: looked up in the library's index`);
    }
  }
  // A ranking holding every match stays whole.
  const { rows, full } = await patchAfter('"court"', 1000, () => add([{ said: 0, length: 20 }]));
  assert.deepEqual(rows, full);
});

test('articles ranked below the kept ones that overtake them after a large change are not passed over', async () => {
  // Many long articles without the word quintuple the average length: articles saying it often but at length
  // then outscore short ones saying it once, from below the kept ranking.
  const { kept, rows, full } = await patchAfter('"said"', 20, () => add(Array.from({ length: 60 }, () => ({ said: 0, length: 900 }))));
  const top = full.slice(0, 20).map(([id]) => id);
  assert.ok(
    top.some((id) => !kept.includes(id)),
    'an article from below the kept ranking is now in its first rows',
  );
  assert.deepEqual(rows, full.slice(0, rows.length));
  assert.ok(rows.length < 20, 'the rows that may have been overtaken are left to a full ranking');
});

test('the search pages after a patch are what plain SQL gives, and a change by another connection ranks again', async () => {
  const search = new ArticleSearch(library.db, 10);
  const expected = () =>
    library.db
      .prepare(
        `SELECT a.id, ${BM25} FROM articles a JOIN articles_fts ON articles_fts.rowid = a.id AND articles_fts MATCH 'said'
          WHERE a.archived_at IS NULL AND a.trashed_at IS NULL ORDER BY ${BM25}, a.id DESC LIMIT 10`,
      )
      .raw()
      .all() as Row[];
  const page = () => search.query('said', 10, 0).rows.map((r) => [r.id, r.score]);
  assert.deepEqual(page(), expected());
  await add([{ said: 4, length: 10 }]);
  assert.deepEqual(page(), expected(), 'imported');
  library.db.prepare("UPDATE articles SET title = 'said said' WHERE id = 30").run();
  assert.deepEqual(page(), expected(), 'edited');
  const Database = (await import('better-sqlite3')).default;
  const other = new Database(library.db.name);
  registerTextFunctions(other);
  other.prepare('DELETE FROM articles WHERE id = ?').run(expected()[0]![0]);
  other.close();
  assert.deepEqual(page(), expected(), 'deleted by another connection');
});
