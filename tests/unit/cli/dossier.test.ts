import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, SEEDS, tempDir } from '../helpers/tempLibrary';
import { CLI } from '../helpers/runCli';

function dossier(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}

test('import --json reports one entry per file with the documented shape and exit status', () => {
  const db = path.join(tempDir(), 'lib.sqlite');
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  const first = dossier(['import', SEEDS, dir, '--db', db, '--json']);
  assert.equal(first.code, 1, first.stderr);
  const { results } = first.json();
  assert.equal(results.length, 6);
  for (const r of results) {
    assert.deepEqual(Object.keys(r).sort(), r.status === 'error' ? ['error', 'file', 'status'] : ['file', 'id', 'status']);
  }
  assert.equal(results.filter((r: { status: string }) => r.status === 'added').length, 5);
  const second = dossier(['import', SEEDS, '--db', db, '--json']);
  assert.equal(second.code, 0);
  assert.deepEqual(
    second.json().results.map((r: { status: string }) => r.status),
    Array(5).fill('duplicate'),
  );
});

test('list, show and search print the documented JSON', () => {
  const db = path.join(tempDir(), 'lib.sqlite');
  dossier(['import', SEEDS, '--db', db]);
  const list = dossier(['list', '--db', db, '--json', '--limit', '3']).json();
  assert.equal(list.total, 5);
  assert.equal(list.articles.length, 3);
  const fields = ['author', 'file', 'id', 'language', 'published', 'source', 'title', 'wordCount'];
  for (const a of list.articles) {
    assert.deepEqual(Object.keys(a).sort(), fields);
    assert.ok(a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published));
  }
  assert.deepEqual(
    list.articles.map((a: { published: string }) => a.published),
    ['2025-09-03', '2025-08-29', '2025-06-13'],
  );

  const { article } = dossier(['show', String(list.articles[0].id), '--db', db, '--json']).json();
  for (const f of [...fields, 'paragraphs', 'body']) assert.ok(f in article, f);
  assert.ok(article.paragraphs.every((p: { kind: string; text: string }) => ['p', 'h'].includes(p.kind) && p.text.length > 0));
  assert.equal(article.body, article.paragraphs.map((p: { text: string }) => p.text).join('\n\n'));

  const search = dossier(['search', 'Khrenin', '--db', db, '--json']).json();
  assert.equal(search.total, 1);
  for (const f of ['id', 'title', 'snippet', 'score']) assert.ok(f in search.hits[0], f);
});

test('DOSSIER_DB chooses the library when --db is absent', () => {
  const db = path.join(tempDir(), 'env.sqlite');
  dossier(['import', path.join(SEEDS, '000_b6e059254387143c.txt')], { DOSSIER_DB: db });
  assert.equal(dossier(['list', '--json'], { DOSSIER_DB: db }).json().total, 1);
});

test('people get readable text, help and clear errors', () => {
  const db = path.join(tempDir(), 'lib.sqlite');
  dossier(['import', SEEDS, '--db', db]);
  const list = dossier(['list', '--db', db]);
  assert.match(list.stdout, /Senior CPC official meets Belarusian president/);
  assert.match(list.stdout, /5 of 5 articles/);
  const help = dossier(['--help']);
  assert.equal(help.code, 0);
  for (const c of ['import', 'list', 'show', 'search']) assert.match(help.stdout, new RegExp(`^  ${c}`, 'm'));
  const missing = dossier(['show', '999', '--db', db]);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'dossier: There is no article 999.\n');
  const unknown = dossier(['frobnicate', '--db', db]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  const corrupt = path.join(tempDir(), 'corrupt.sqlite');
  fs.writeFileSync(corrupt, 'garbage'.repeat(200));
  const bad = dossier(['list', '--db', corrupt]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, new RegExp(`The library ${corrupt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged`));
});

test('npm links the dossier command (npx dossier) to the built CLI', () => {
  const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'dossier.cmd' : 'dossier');
  const run = spawnSync(bin, ['--help'], { encoding: 'utf8', shell: process.platform === 'win32' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^dossier — read and search a Dossier library/);
});
