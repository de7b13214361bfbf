import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { awkwardArticles, awkwardLibrary } from '../helpers/awkwardLibrary';
import { tempDir } from '../helpers/tempLibrary';
import { CLI } from '../helpers/runCli';

function dossier(db: string, args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}

const dir = tempDir();
const annotated = path.join(dir, 'annotated.sqlite');
awkwardLibrary(annotated).close();
const items = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')).first.items;

test('export writes each format: a folder of Markdown notes, W3C JSON, Readwise CSV, an HTML page', () => {
  const vault = dossier(annotated, ['export', '--format', 'md', '--out', path.join(dir, 'vault') + path.sep]);
  assert.equal(vault.code, 0, vault.stderr);
  assert.equal(vault.stdout, `exported 6 highlights from 3 articles to 3 files in ${path.join(dir, 'vault')}\n`);
  assert.deepEqual(
    fs.readdirSync(path.join(dir, 'vault')).sort(),
    ['Quotes -double-, commas, -stars- _under_ -brackets- -hash - pipe - `tick`.md', '习近平会见普京.md', 'Лукашенко- «встреча» в Минске.md'].sort(),
  );

  const json = dossier(annotated, ['export', '--format', 'json', '--out', path.join(dir, 'notes.json'), '--json']);
  assert.deepEqual(json.json(), { written: [path.join(dir, 'notes.json')], articles: 3, highlights: 6 });
  assert.equal(items(path.join(dir, 'notes.json')).length, 8);

  const csv = dossier(annotated, ['export', '--format', 'csv', '--query', 'source:ТАСС', '--bom', '--out', path.join(dir, 'tass.csv')]);
  assert.equal(csv.code, 0, csv.stderr);
  const text = fs.readFileSync(path.join(dir, 'tass.csv'), 'utf8');
  assert.ok(text.startsWith('\uFEFF'));
  assert.deepEqual(
    parseCsv<{ Highlight: string }>(text, { columns: true, bom: true }).map((r) => r.Highlight),
    ['Обсуждалась торговля и «новые» тарифы', 'Текст, которого больше нет'],
  );

  // A folder named for a single-file format gets the suggested name.
  const html = dossier(annotated, ['export', '--format', 'html', '--article', '3', '--out', dir, '--json']);
  assert.deepEqual(html.json().written, [path.join(dir, '习近平会见普京.html')]);
  assert.match(fs.readFileSync(path.join(dir, '习近平会见普京.html'), 'utf8'), /<blockquote>习近平在北京会见俄罗斯总统普京<\/blockquote>/);
});

test('import takes our JSON export back: into a library with the same articles, once, giving the same export', () => {
  const exported = path.join(dir, 'round-trip.json');
  dossier(annotated, ['export', '--format', 'json', '--out', exported]);
  const copy = path.join(dir, 'copy.sqlite');
  awkwardArticles(copy).close();
  const first = dossier(copy, ['import', exported, '--json']);
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(first.json(), { results: [], annotations: [{ file: exported, added: 7, existing: 0, unmatched: 0, orphaned: 1, skipped: 0 }] });
  const second = dossier(copy, ['import', exported]);
  assert.equal(second.stdout, `annotations ${exported}: 0 added, 8 already there, 0 without a matching article, 0 orphaned\n`);
  const again = path.join(dir, 'round-trip-again.json');
  dossier(copy, ['export', '--format', 'json', '--out', again]);
  assert.deepEqual(items(again), items(exported));

  fs.writeFileSync(path.join(dir, 'broken.json'), '{ not json');
  const broken = dossier(copy, ['import', path.join(dir, 'broken.json'), '--json']);
  assert.equal(broken.code, 1);
  assert.match(broken.json().annotations[0].error, /broken\.json: it is not JSON/);
});

test('backup and restore: the same library again; a library that is not empty needs --force', () => {
  const backup = path.join(dir, 'backup.json');
  const made = dossier(annotated, ['backup', backup]);
  assert.equal(made.stdout, `backed up 3 articles, 6 highlights, 2 notes, 6 tags, 0 entity corrections, 0 saved searches to ${backup}\n`);
  const fresh = path.join(dir, 'restored.sqlite');
  const restored = dossier(fresh, ['restore', backup, '--json']);
  assert.equal(restored.code, 0, restored.stderr);
  assert.deepEqual(restored.json().counts, { articles: 3, highlights: 6, notes: 2, tags: 6, corrections: 0, savedViews: 0 });
  dossier(fresh, ['backup', path.join(dir, 'backup-again.json')]);
  const strip = (file: string) => fs.readFileSync(file, 'utf8').replace(/"created":"[^"]+","schema"/, '');
  assert.equal(strip(path.join(dir, 'backup-again.json')), strip(backup));

  const refused = dossier(fresh, ['restore', backup]);
  assert.equal(refused.code, 2);
  assert.match(
    refused.stderr,
    /^dossier: The library .*restored\.sqlite is not empty \(3 articles, 6 tags\)\. Restoring would replace it: give --force to do so\.\n$/,
  );
  assert.equal(dossier(fresh, ['restore', backup, '--force']).code, 0);
  assert.match(dossier(fresh, ['restore', path.join(dir, 'notes.json'), '--force']).stderr, /notes\.json is not a Dossier backup/);
});

test('usage errors name what is missing', () => {
  const usage = (args: string[]) => dossier(annotated, args).stderr.split('\n')[0];
  assert.equal(usage(['export', '--out', 'x.md']), 'dossier: export needs --format md, json, csv, html or library');
  assert.equal(usage(['export', '--format', 'pdf', '--out', 'x.pdf']), 'dossier: export needs --format md, json, csv, html or library, not "pdf"');
  assert.equal(usage(['export', '--format', 'md']), 'dossier: export needs --out PATH: a file, or a folder for one Markdown file per article');
  assert.equal(usage(['export', '--format', 'md', '--query', 'x', '--article', '1', '--out', 'x.md']), 'dossier: export takes --query or --article, not both');
  assert.equal(usage(['backup']), 'dossier: backup needs the file to write');
  assert.equal(usage(['export', '--format', 'md', '--article', '9', '--out', path.join(dir, 'x.md')]), 'dossier: There is no article 9.');
});
