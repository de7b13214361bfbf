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

test('review --json answers exactly {"cards":[{"highlight":{id,quote,note,tags,color},"article":{id,title,source,published}}]}', () => {
  const db = path.join(tempDir(), 'lib.sqlite');
  dossier(db, ['import', SEEDS]);
  const articles: { id: number; title: string; source: string | null; published: string | null }[] = dossier(db, ['list', '--json']).json().articles;
  const [a, b] = articles;
  const added = [
    dossier(db, ['highlight', 'add', String(a!.id), '--quote', 'the', '--occurrence', '1', '--note', 'kept', '--tag', 'x', '--json']),
    dossier(db, ['highlight', 'add', String(b!.id), '--quote', 'the', '--occurrence', '2', '--color', 'red', '--json']),
  ].map((r) => r.json().highlight);

  const all = dossier(db, ['review', '--json']);
  assert.equal(all.code, 0, all.stderr);
  const cards = all.json().cards;
  assert.deepEqual(Object.keys(all.json()), ['cards']);
  const expected = added.map((h: any) => ({
    highlight: { id: h.id, quote: h.quote, note: h.note, tags: h.tags, color: h.color },
    article: (({ id, title, source, published }) => ({ id, title, source, published }))(articles.find((x) => x.id === h.articleId)!),
  }));
  assert.deepEqual(
    [...cards].sort((x: any, y: any) => x.highlight.id - y.highlight.id),
    expected,
  );
  assert.deepEqual(
    cards.map((c: any) => Object.keys(c)),
    [
      ['highlight', 'article'],
      ['highlight', 'article'],
    ],
  );
  assert.deepEqual(dossier(db, ['review', '--count', '1', '--json']).json().cards.length, 1);
  assert.deepEqual(dossier(db, ['review', '--query', 'color:red', '--json']).json(), { cards: [expected[1]] });

  const text = dossier(db, ['review', '--query', 'color:red']);
  assert.match(text.stdout, /^“the”\n {4}— .* \(highlight \d+\)\n1 card to review today\n$/);
  const refused = dossier(db, ['review', '--count', '0']);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /--count must be a whole number/);
});
