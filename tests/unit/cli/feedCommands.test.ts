import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { loopbackServer, type LoopbackServer } from '../helpers/loopbackServer';
import { ROOT, tempDir } from '../helpers/tempLibrary';
import { CLI } from '../helpers/runCli';

const FEEDS = path.join(ROOT, 'tests', 'fixtures', 'feeds');
let server: LoopbackServer;
let broken = false;

before(async () => {
  server = await loopbackServer((req, res) => {
    if (req.url === '/feed.json' && !broken)
      res.writeHead(200, { 'content-type': 'application/feed+json' }).end(fs.readFileSync(path.join(FEEDS, 'feed.json')));
    else res.writeHead(404).end();
  });
});
after(() => server.close());

/** The real CLI in a child process; run without blocking, so this process's loopback server can answer it. */
function dossier(db: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; json: () => any }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8' }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr, json: () => JSON.parse(stdout) }),
    );
  });
}

test('feed add, list, refresh and remove, each with its --json shape', async () => {
  const db = path.join(tempDir(), 'lib.sqlite');
  const added = await dossier(db, ['feed', 'add', server.url('/feed.json'), '--folder', 'Coast', '--json']);
  assert.equal(added.code, 0, added.stderr);
  const { feed, refresh } = added.json();
  assert.deepEqual(
    { ...feed, lastChecked: typeof feed.lastChecked },
    {
      id: 1,
      url: server.url('/feed.json'),
      title: 'Coastline Weekly',
      siteUrl: 'https://coastline.example/',
      folder: 'Coast',
      fullText: true,
      intervalMinutes: 30,
      lastChecked: 'string',
      nextAllowed: null,
      lastError: null,
      articles: 2,
      unread: 2,
    },
  );
  assert.deepEqual(refresh, { feedId: 1, status: 'updated', added: 2, updated: 0, skipped: 0 });

  const listed = await dossier(db, ['feed', 'list', '--json']);
  assert.deepEqual(
    listed.json().feeds.map((f: { id: number; title: string; unread: number }) => [f.id, f.title, f.unread]),
    [[1, 'Coastline Weekly', 2]],
  );
  const text = await dossier(db, ['feed', 'list']);
  assert.match(text.stdout, /^ {5}1 {5}2 unread {2}Coast\/Coastline Weekly {2}<http:\/\/127\.0\.0\.1:\d+\/feed\.json>\n1 feed\n$/);

  const again = await dossier(db, ['feed', 'refresh', '--json']);
  assert.deepEqual(again.json(), { results: [{ feedId: 1, status: 'unchanged', added: 0, updated: 0, skipped: 0 }] });

  broken = true;
  const failed = await dossier(db, ['feed', 'refresh', '1']);
  assert.equal(failed.code, 1, 'a failed refresh is a failed command');
  assert.equal(failed.stdout, `     1  failed: ${server.url('/feed.json')}: answered 404 Not Found\n`);
  assert.match((await dossier(db, ['feed', 'list'])).stdout, /failed: .*answered 404 Not Found/);
  broken = false;

  const removed = await dossier(db, ['feed', 'remove', '1', '--json']);
  assert.deepEqual(removed.json(), { removed: 1 });
  assert.deepEqual((await dossier(db, ['feed', 'list', '--json'])).json(), { feeds: [] });
  assert.equal((await dossier(db, ['list', '--json'])).json().total, 2, 'its articles stay');
  const unknown = await dossier(db, ['feed', 'remove', '7']);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stderr, 'dossier: There is no feed 7.\n');
});

test('import recognises an OPML file by its content, whatever its name, beside articles', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'lib.sqlite');
  const subs = path.join(dir, 'subscriptions.xml');
  fs.copyFileSync(path.join(FEEDS, 'subs.opml'), subs);
  const article = path.join(dir, 'note.txt');
  fs.writeFileSync(article, 'A headline\n\nA body of text.');
  const run = await dossier(db, ['import', subs, article, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const answer = run.json();
  assert.deepEqual(answer.feeds, [{ file: subs, added: 3, existing: 0 }]);
  assert.deepEqual(
    answer.results.map((r: { file: string; status: string }) => [r.file, r.status]),
    [[article, 'added']],
  );
  const twice = await dossier(db, ['import', subs]);
  assert.equal(twice.stdout, `feeds      ${subs}: 0 added, 3 already followed (dossier feed refresh fetches them)\n`);
  assert.deepEqual(
    (await dossier(db, ['feed', 'list', '--json'])).json().feeds.map((f: { folder: string | null }) => f.folder),
    ['Local', 'Local/Weather', null],
  );
});
