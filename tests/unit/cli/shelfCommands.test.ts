import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { SEEDS, tempDir } from '../helpers/tempLibrary';
import { CLI } from '../helpers/runCli';

function dossier(db: string, args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}

test('archive, delete, trash, restore-article and trash --empty --yes, with their --json shapes', () => {
  const db = path.join(tempDir(), 'lib.sqlite');
  dossier(db, ['import', SEEDS]);
  const ids: number[] = dossier(db, ['list', '--json'])
    .json()
    .articles.map((a: { id: number }) => a.id)
    .sort((a: number, b: number) => a - b);
  assert.equal(ids.length, 5);
  const [a, b, c] = ids as [number, number, number];
  assert.equal(dossier(db, ['highlight', 'add', String(b), '--quote', 'the', '--occurrence', '1', '--note', 'kept']).code, 0);

  const archived = dossier(db, ['archive', String(a), '--json']);
  assert.equal(archived.code, 0, archived.stderr);
  assert.deepEqual(archived.json(), { changed: 1, articles: [{ id: a, archived: true, trashed: false }] });
  assert.equal(dossier(db, ['list', '--json']).json().total, 4);
  assert.deepEqual(
    dossier(db, ['search', 'is:archived', '--json'])
      .json()
      .hits.map((h: { id: number }) => h.id),
    [a],
  );
  assert.match(dossier(db, ['unarchive', String(a)]).stdout, /^brought back 1 article\n$/);

  const deleted = dossier(db, ['delete', String(b), String(c), '--json']);
  assert.deepEqual(deleted.json(), {
    changed: 2,
    articles: [
      { id: b, archived: false, trashed: true },
      { id: c, archived: false, trashed: true },
    ],
  });
  assert.match(dossier(db, ['delete', String(b)]).stdout, /^moved 0 articles to the Trash \(1 already there\)\n$/);
  assert.equal(dossier(db, ['list', '--json']).json().total, 3);
  const trash = dossier(db, ['trash', '--json']).json();
  assert.equal(trash.total, 2);
  assert.deepEqual(Object.keys(trash.articles[0]).sort(), ['archived', 'highlights', 'id', 'notes', 'published', 'source', 'title', 'trashedAt']);
  assert.deepEqual(
    trash.articles.map((t: { id: number; highlights: number; notes: number }) => [t.id, t.highlights, t.notes]).sort(),
    [
      [b, 1, 1],
      [c, 0, 0],
    ].sort(),
  );
  assert.equal(dossier(db, ['highlight', 'list', '--article', String(b), '--json']).json().highlights.length, 1, 'annotations stay in the Trash');

  assert.deepEqual(dossier(db, ['restore-article', String(c), '--json']).json().articles, [{ id: c, archived: false, trashed: false }]);
  const refused = dossier(db, ['trash', '--empty']);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /trash --empty deletes the 1 articles in the Trash and their 1 highlights for good; add --yes to do so/);
  assert.equal(dossier(db, ['trash', '--json']).json().total, 1, 'nothing deleted without --yes');

  const emptied = dossier(db, ['trash', '--empty', '--yes', '--json']);
  assert.equal(emptied.code, 0, emptied.stderr);
  assert.deepEqual(emptied.json(), { deleted: { articles: 1, highlights: 1, notes: 1 } });
  assert.match(dossier(db, ['trash']).stdout, /^0 articles in the Trash\n$/);
  assert.equal(dossier(db, ['list', '--json']).json().total, 4);

  const missing = dossier(db, ['archive', String(b)]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, new RegExp(`There is no article ${b}\\.`));
  assert.equal(dossier(db, ['delete']).code, 2);
  const help = dossier(db, ['--help']).stdout;
  for (const c of ['archive', 'unarchive', 'delete', 'restore-article', 'trash']) assert.match(help, new RegExp(`^  ${c} `, 'm'));
});
