import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { SEEDS, tempDir } from '../helpers/tempLibrary';
import { CLI } from '../helpers/runCli';

function dossier(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}

test('show --json lists entities with mentions; entities lists them with counts; entity applies corrections', () => {
  const db = path.join(tempDir(), 'lib.sqlite');
  assert.equal(dossier('import', SEEDS, '--db', db).code, 0);

  const shown = dossier('show', '1', '--db', db, '--json').json();
  const cai = shown.entities.find((e: { name: string }) => e.name === 'Cai Qi');
  assert.deepEqual(Object.keys(cai).sort(), ['aliases', 'id', 'kind', 'mentions', 'name']);
  for (const e of shown.entities) for (const m of e.mentions) assert.equal(shown.article.body.slice(m.start, m.end), m.text);

  const persons = dossier('entities', '--kind', 'person', '--db', db, '--json').json();
  assert.ok(persons.entities.every((e: { kind: string }) => e.kind === 'person'));
  assert.deepEqual(Object.keys(persons.entities[0]).sort(), ['articleCount', 'id', 'kind', 'name']);
  const byName = (name: string) => persons.entities.find((e: { name: string }) => e.name === name);
  assert.equal(byName('Alexander Lukashenko').articleCount, 5);

  const renamed = dossier('entity', 'rename', String(cai.id), 'Cai', 'Qi', '(CPC)', '--db', db, '--json');
  assert.equal(renamed.code, 0, renamed.stderr);
  assert.equal(renamed.json().entity.name, 'Cai Qi (CPC)');
  assert.equal(dossier('entity', 'hide', String(byName('Yin Bogu').id), '--db', db).code, 0);
  assert.equal(dossier('entity', 'reextract', '--db', db).stdout.trim(), 're-extracted the entities of 5 articles');
  const after = dossier('entities', '--kind', 'person', '--db', db, '--json').json();
  const names = after.entities.map((e: { name: string }) => e.name);
  assert.ok(names.includes('Cai Qi (CPC)') && !names.includes('Yin Bogu'), names.join(', '));

  const bad = dossier('entity', 'kind', String(cai.id), 'animal', '--db', db);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /person, place or org/);
  const missing = dossier('entity', 'merge', '99999', String(cai.id), '--db', db);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /There is no entity 99999/);
});
