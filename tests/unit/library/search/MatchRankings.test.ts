import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Statement } from 'better-sqlite3';
import { StatementCache } from '../../../../electron/library/db/StatementCache';
import { ArticleSearch } from '../../../../electron/library/search/ArticleSearch';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

const PAGE = 4;
const QUERY = 'source:xinhua president';

/**
 * 48 articles naming "president" once, article i in 10 + i words, so that they rank in order of i. Xinhua's are
 * i = 3 and 9, then every even i from 14: 19 of 48 in all, but only 3 of the best 15 and 9 of the best 27.
 */
async function library() {
  const lib = tempLibrary();
  const dir = tempDir();
  for (let i = 0; i < 48; i++) {
    const source = i === 3 || i === 9 || (i >= 14 && i % 2 === 0) ? 'Xinhua' : 'Reuters';
    const body = ['president', ...Array.from({ length: 9 + i }, () => 'alpha')].join(' ');
    fs.writeFileSync(path.join(dir, `a${String(i).padStart(2, '0')}.md`), `---\ntitle: "Note ${i}"\nsource: ${source}\n---\n\n${body}.\n`);
  }
  await lib.import([dir]);
  return lib;
}

/** The query's ids in plain SQL, best first. */
function expected(lib: Awaited<ReturnType<typeof library>>): number[] {
  return lib.db
    .prepare(
      `SELECT a.id FROM articles a JOIN articles_fts ON articles_fts.rowid = a.id AND articles_fts MATCH 'president'
       WHERE a.source = 'Xinhua' ORDER BY bm25(articles_fts, 1, 10), a.id DESC`,
    )
    .pluck()
    .all() as number[];
}

/** The SQL the searches ask for while `run` runs. */
function asked(run: () => void): string[] {
  const sql: string[] = [];
  const get = Object.getOwnPropertyDescriptor(StatementCache.prototype, 'get')!.value as (this: StatementCache, text: string) => Statement;
  StatementCache.prototype.get = function (this: StatementCache, text: string) {
    sql.push(text);
    return get.call(this, text);
  };
  try {
    run();
  } finally {
    StatementCache.prototype.get = get;
  }
  return sql;
}

const rankedWithConditions = (sql: string[]) => sql.filter((s) => s.includes('LIMIT @depth'));

test('a filter that keeps fewer of the best matches than of all has the match ranked deeper, and read marks then rank nothing again', async () => {
  const lib = await library();
  const ids = expected(lib);
  assert.equal(ids.length, 19);
  // Ranked three at a time: the conditions' share (19 of 48) says the best 15; they keep 3 of those, fewer than a page.
  const search = new ArticleSearch(lib.db, 3);
  const first = asked(() =>
    assert.deepEqual(
      search.query(QUERY, PAGE, 0).rows.map((r) => r.id),
      ids.slice(0, PAGE),
    ),
  );
  assert.deepEqual(rankedWithConditions(first), [], 'the first page comes from the match ranked deeper, not from ranking with the source');
  for (const id of [ids[0]!, ids[5]!, 1]) {
    lib.reading.setRead([id], true);
    const again = asked(() => {
      const page = search.query(QUERY, PAGE, 0);
      assert.equal(page.total, ids.length);
      assert.deepEqual(
        page.rows.map((r) => r.id),
        ids.slice(0, PAGE),
      );
    });
    assert.deepEqual(rankedWithConditions(again), [], `after marking ${id} read`);
  }
  // Pages past the deeper ranking still come right.
  for (let offset = PAGE; offset < ids.length + PAGE; offset += PAGE) {
    assert.deepEqual(
      search.query(QUERY, PAGE, offset).rows.map((r) => r.id),
      ids.slice(offset, offset + PAGE),
      `at ${offset}`,
    );
  }
});
