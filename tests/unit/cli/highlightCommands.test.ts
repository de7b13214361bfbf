import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { SEEDS, tempDir } from '../helpers/tempLibrary';
import { CLI } from '../helpers/runCli';

const FIELDS = ['articleId', 'color', 'end', 'id', 'note', 'orphaned', 'prefix', 'quote', 'start', 'suffix', 'tags'];

function dossier(db: string, args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}

test('highlight add, list and delete, and show --json with highlights, note and tags', () => {
  const db = path.join(tempDir(), 'lib.sqlite');
  dossier(db, ['import', SEEDS]);
  const article = dossier(db, ['search', 'Cai Qi', '--json']).json().hits[0];
  const added = dossier(db, [
    'highlight',
    'add',
    String(article.id),
    '--quote',
    'Cai Qi',
    '--occurrence',
    '1',
    '--color',
    'GREEN',
    '--note',
    'who, "exactly"?',
    '--tag',
    'people',
    '--tag',
    '#China',
    '--json',
  ]);
  assert.equal(added.code, 0, added.stderr);
  const { highlight } = added.json();
  assert.deepEqual(Object.keys(highlight).sort(), FIELDS);
  assert.deepEqual(
    [highlight.articleId, highlight.quote, highlight.color, highlight.note, highlight.tags, highlight.orphaned],
    [article.id, 'Cai Qi', 'green', 'who, "exactly"?', ['China', 'people'], false],
  );

  const shown = dossier(db, ['show', String(article.id), '--json']).json();
  assert.equal(shown.article.body.slice(highlight.start, highlight.end), 'Cai Qi');
  assert.deepEqual(shown.highlights, [highlight]);
  assert.equal(shown.note, '');
  assert.deepEqual(shown.tags, []);

  const listed = dossier(db, ['highlight', 'list', '--json']).json();
  assert.deepEqual(listed.highlights, [highlight]);
  assert.deepEqual(dossier(db, ['highlight', 'list', '--article', String(article.id), '--json']).json().highlights, [highlight]);
  const text = dossier(db, ['highlight', 'list']);
  assert.match(text.stdout, /green .*"Cai Qi" {2}#China #people\n\s+note: who, "exactly"\?/);

  const deleted = dossier(db, ['highlight', 'delete', String(highlight.id), '--json']);
  assert.deepEqual(deleted.json(), { deleted: highlight });
  assert.deepEqual(dossier(db, ['highlight', 'list', '--json']).json().highlights, []);
});

test('a quote that is missing or ambiguous is an error that says so; a bad colour is a usage error', () => {
  const db = path.join(tempDir(), 'lib.sqlite');
  dossier(db, ['import', SEEDS]);
  const missing = dossier(db, ['highlight', 'add', '1', '--quote', 'no such words anywhere']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^dossier: Article 1: the quote does not occur in the text/);
  const ambiguous = dossier(db, ['highlight', 'add', '1', '--quote', 'the']);
  assert.match(ambiguous.stderr, /occurs \d+ times: say which occurrence \(give --occurrence N, 1 to \d+\)/);
  const colour = dossier(db, ['highlight', 'add', '1', '--quote', 'the', '--color', 'pink']);
  assert.match(colour.stderr, /--color must be one of yellow, red, green, blue, purple, not "pink"/);
  assert.match(dossier(db, ['highlight', 'delete', '99']).stderr, /There is no highlight 99\./);
  assert.deepEqual(dossier(db, ['highlight', 'list', '--json']).json().highlights, []);
});

test('entity mark records a span the extractor missed, kept through re-extraction', () => {
  const db = path.join(tempDir(), 'lib.sqlite');
  dossier(db, ['import', SEEDS]);
  const marked = dossier(db, ['entity', 'mark', '1', '--quote', 'the', '--occurrence', '2', '--kind', 'org', '--name', 'The Article', '--json']);
  assert.equal(marked.code, 0, marked.stderr);
  const { entity } = marked.json();
  assert.deepEqual([entity.kind, entity.name], ['org', 'The Article']);
  dossier(db, ['entity', 'reextract']);
  const shown = dossier(db, ['show', '1', '--json']).json();
  const mark = shown.entities.find((e: { id: number }) => e.id === entity.id);
  assert.ok(mark, 'the marked entity is still on the article');
  assert.equal(mark.mentions.length, 1);
  assert.match(mark.mentions[0].text, /^the$/i);
  assert.match(dossier(db, ['entity', 'mark', '1', '--quote', 'the']).stderr, /the kind must be person, place or org/);
});
