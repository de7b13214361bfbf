import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { CLI } from '../helpers/runCli';
import { writeStoryArticles } from '../helpers/storyArticles';
import { tempDir } from '../helpers/tempLibrary';

function dossier(db: string, args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--db', db], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}

test('stories --json answers {"stories":[{id,title,articles:[{id,title,source,language,published}]}]}, and story ID --json the whole story', () => {
  const db = path.join(tempDir(), 'lib.sqlite');
  const dir = writeStoryArticles(tempDir());
  assert.equal(dossier(db, ['import', dir]).code, 0);
  const listed = dossier(db, ['list', '--json']).json().articles as {
    id: number;
    file: string;
    title: string;
    source: string | null;
    language: string | null;
    published: string | null;
  }[];
  const id = (name: string) => listed.find((a) => a.file === path.join(dir, name))!.id;

  const all = dossier(db, ['stories', '--json']);
  assert.equal(all.code, 0, all.stderr);
  const { stories } = all.json();
  assert.deepEqual(Object.keys(all.json()), ['stories']);
  assert.equal(stories.length, 1, 'the meeting; the later talks stand alone');
  const [story] = stories;
  assert.deepEqual(Object.keys(story), ['id', 'title', 'articles']);
  assert.deepEqual(
    story.articles,
    ['tass.txt', 'xinhua.txt', 'dpa.txt'].map((name) => {
      const { title, source, language, published } = listed.find((a) => a.id === id(name))!;
      return { id: id(name), title, source, language, published };
    }),
  );
  assert.deepEqual(dossier(db, ['stories', '--query', 'lang:zh', '--json']).json(), { stories: [] });
  assert.deepEqual(dossier(db, ['stories', '--query', 'lang:de', '--json']).json().stories, stories);

  const one = dossier(db, ['story', String(story.id), '--json']);
  assert.equal(one.code, 0, one.stderr);
  assert.deepEqual(Object.keys(one.json().story), ['id', 'title', 'from', 'to', 'articles', 'outlets', 'languages', 'people', 'places']);
  assert.deepEqual(one.json().story.articles, story.articles);
  assert.deepEqual([one.json().story.from, one.json().story.to], ['2026-03-03', '2026-03-04']);
  assert.match(dossier(db, ['story', String(story.id)]).stdout, /languages: (ru|en|de), (ru|en|de), (ru|en|de)\n/);
  const missing = dossier(db, ['story', '9999']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /There is no story 9999/);
  assert.deepEqual(dossier(db, ['search', `story:${story.id}`, '--json']).json().total, 3);
});
