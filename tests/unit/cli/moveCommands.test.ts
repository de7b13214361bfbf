import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, tempDir } from '../helpers/tempLibrary';
import { CLI } from '../helpers/runCli';

const MOVES = path.join(ROOT, 'tests', 'fixtures', 'moves');

function dossier(db: string, args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}

test('import takes another app’s export by its content and says what it brought; export --format library writes a folder that import brings back', () => {
  const dir = tempDir();
  const db = path.join(dir, 'library.sqlite');
  // Named as nothing in particular: the content says it is Pocket's.
  const pocket = path.join(dir, 'saved links.txt');
  fs.copyFileSync(path.join(MOVES, 'pocket.html'), pocket);
  assert.equal(dossier(db, ['import', path.join(MOVES, 'articles')]).code, 0);

  const moved = dossier(db, ['import', pocket, '--json']);
  assert.equal(moved.code, 0, moved.stderr);
  assert.deepEqual(moved.json(), {
    results: [
      {
        file: pocket,
        status: 'added',
        moved: { app: 'pocket', entries: 5, added: 3, waiting: 3, matched: 2, highlights: 0, existing: 0, orphaned: 0 },
      },
    ],
  });
  const again = dossier(db, ['import', pocket]);
  assert.equal(
    again.stdout,
    `duplicate  ${pocket} (Pocket: 5 entries, 0 added, 5 matched to articles already here; highlights: 0 placed, 0 already here, 0 kept orphaned)\n0 added, 0 updated, 1 duplicate, 0 failed\n`,
  );

  const out = path.join(dir, 'moving out');
  const exported = dossier(db, ['export', '--format', 'library', '--out', out, '--json']);
  assert.equal(exported.code, 0, exported.stderr);
  assert.deepEqual(exported.json(), { folder: out, articles: 5, highlights: 0, notes: 0, feeds: 0 });

  const copy = path.join(dir, 'copy.sqlite');
  const back = dossier(copy, ['import', out, '--json']);
  assert.equal(back.code, 0, back.stderr);
  assert.deepEqual(back.json().results[0].moved, { app: 'dossier', entries: 5, added: 5, waiting: 3, matched: 0, highlights: 0, existing: 0, orphaned: 0 });
  assert.deepEqual(
    dossier(copy, ['search', 'tag:history', '--json'])
      .json()
      .hits.map((h: { title: string }) => h.title)
      .sort(),
    ['Every map is an argument', 'The salt roads of the Baltic & beyond'],
  );

  const refused = dossier(db, ['export', '--format', 'library', '--json']);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /needs --out DIR/);
});
