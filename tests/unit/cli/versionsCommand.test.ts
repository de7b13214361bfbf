import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../helpers/tempLibrary';
import { CLI } from '../helpers/runCli';

function dossier(db: string, args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}

test('versions ID --json lists every version, the current one last: an article changed once has two; restore-version makes one current again', () => {
  const dir = tempDir();
  const db = path.join(dir, 'lib.sqlite');
  const file = path.join(dir, 'harbour.txt');
  fs.writeFileSync(file, 'Harbour closed\n\nThe harbour closed at noon because of the storm.');
  const [{ id }] = dossier(db, ['import', file, '--json']).json().results;
  assert.deepEqual(
    dossier(db, ['versions', String(id), '--json'])
      .json()
      .versions.map((v: { version: number; current: boolean }) => [v.version, v.current]),
    [[1, true]],
  );
  fs.writeFileSync(file, 'Harbour closed\n\nThe harbour closed at noon because of the storm. It opens again tomorrow morning.');
  assert.equal(dossier(db, ['import', file, '--json']).json().results[0].status, 'updated');

  const run = dossier(db, ['versions', String(id), '--json']);
  assert.equal(run.code, 0, run.stderr);
  const { versions } = run.json();
  assert.deepEqual(Object.keys(run.json()), ['versions']);
  assert.deepEqual(
    versions.map((v: object) => Object.keys(v)),
    [
      ['version', 'importedAt', 'words', 'current'],
      ['version', 'importedAt', 'words', 'current'],
    ],
  );
  assert.deepEqual(
    versions.map((v: { version: number; words: number; current: boolean }) => [v.version, v.words, v.current]),
    [
      [1, 11, false],
      [2, 16, true],
    ],
  );
  assert.ok(versions[0].importedAt <= versions[1].importedAt);
  assert.match(dossier(db, ['versions', String(id)]).stdout, /^ {3}1 .* 11 words\n {3}2 .* 16 words {2}\(current\)\n$/);
  const missing = dossier(db, ['versions', '99', '--json']);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'dossier: There is no article 99.\n');

  // restore-version makes an earlier text current again, as a new version, keeping the one it replaces.
  const restored = dossier(db, ['restore-version', String(id), '1', '--json']);
  assert.equal(restored.code, 0, restored.stderr);
  assert.deepEqual(
    restored.json().versions.map((v: { version: number; words: number; current: boolean }) => [v.version, v.words, v.current]),
    [
      [1, 11, false],
      [2, 16, false],
      [3, 11, true],
    ],
  );
  assert.equal(
    dossier(db, ['restore-version', String(id), '2']).stdout,
    'Version 2 is the current text again, as version 4; the text it replaced is version 3.\n',
  );
});
