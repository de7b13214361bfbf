import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { registerTextFunctions } from '../../../../electron/library/db/textFunctions';
import { parseIds } from '../../../../electron/library/facets/facetSnapshot';
import { KeptMatches } from '../../../../electron/library/facets/KeptMatches';
import type { Library } from '../../../../electron/library/Library';
import { tempLibrary } from '../../helpers/tempLibrary';

function add(library: Library, body: string): number {
  const file = `/k/${Math.random()}.txt`;
  const article = { title: 'An article', published: null, source: null, author: null, dateline: null, language: 'en', url: null, tags: [] };
  return library.articles.insert(
    { file, contentHash: file, article: { ...article, blocks: [{ kind: 'p' as const, text: body }] }, body, wordCount: 2 },
    new Date().toISOString(),
  );
}

test('after articles are added, rewritten and deleted, a match’s kept ids are patched to what the index finds, ascending', (t) => {
  const library = tempLibrary();
  const ids = Array.from({ length: 40 }, (_, i) => add(library, i % 3 === 0 ? 'alpha beta' : 'beta'));
  const inIndex = (match: string) =>
    parseIds(library.db.prepare('SELECT group_concat(rowid) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(match) as string | null);
  const kept = new KeptMatches(library.db, 4);
  const find = t.mock.fn(inIndex);
  const matches = (match: string) => [...kept.get(match, () => find(match))];
  assert.deepEqual(matches('alpha'), [...inIndex('alpha')]);
  assert.equal(find.mock.callCount(), 1);

  const rewrite = library.db.prepare('UPDATE articles SET body_deflated = deflate_text(?) WHERE id = ?');
  const remove = library.db.prepare('DELETE FROM articles WHERE id = ?');
  const steps: [string, () => void][] = [
    ['added, one with the word', () => [add(library, 'alpha'), add(library, 'gamma')]],
    [
      'the word written into the first and the middle, and out of one',
      () => [rewrite.run('alpha', ids[1]), rewrite.run('alpha', ids[20]), rewrite.run('beta', ids[3])],
    ],
    ['the first and the last with the word deleted', () => [remove.run(ids[0]), remove.run(ids[39])]],
    [
      'all at once',
      () =>
        library.db.transaction(() => {
          add(library, 'alpha');
          rewrite.run('gamma', ids[6]);
          rewrite.run('alpha alpha', ids[7]);
          remove.run(ids[9]);
        })(),
    ],
  ];
  for (const [what, change] of steps) {
    change();
    const now = matches('alpha');
    assert.deepEqual(now, [...inIndex('alpha')], what);
    assert.deepEqual(
      now,
      [...now].sort((a, b) => a - b),
      `${what}: ascending`,
    );
  }
  assert.equal(find.mock.callCount(), 1, 'patched each time, never found again');

  const other = new Database(library.db.name);
  registerTextFunctions(other);
  other.prepare('DELETE FROM articles WHERE id = ?').run(ids[12]);
  other.close();
  assert.deepEqual(matches('alpha'), [...inIndex('alpha')], 'changed by another connection');
  assert.equal(find.mock.callCount(), 2);
});
