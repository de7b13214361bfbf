import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { entityKey, type EntityKind } from '../../../../../electron/library/entities/extract/extractEntities';
import type { Library } from '../../../../../electron/library/Library';
import expected from '../../../../fixtures/seeds-expected.json';
import { SEEDS, tempDir, tempLibrary } from '../../../helpers/tempLibrary';

type Expected = { persons: string[]; places: string[]; organizations: string[] };
const LISTS: Array<[EntityKind, keyof Expected]> = [
  ['person', 'persons'],
  ['place', 'places'],
  ['org', 'organizations'],
];
const seedFiles = Object.keys(expected).filter((k) => k.endsWith('.txt'));

/** A library holding copies of the seeds (so a test may change a file and import it again). */
async function seeded(): Promise<{ library: Library; dir: string; idOf: (file: string) => number }> {
  const dir = tempDir();
  for (const f of seedFiles) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  const library = tempLibrary();
  await library.import([dir]);
  return { library, dir, idOf: (file) => library.articles.findByFile(path.join(dir, file))!.id };
}

function byName(library: Library, articleId: number, name: string) {
  return library.entities.read.forArticle(articleId)!.find((e) => e.name === name || e.aliases.includes(name));
}

async function finish(library: Library, all: boolean): Promise<void> {
  const jobId = library.reextraction.start(all);
  while (jobId !== null && !library.reextraction.status(jobId)!.finished) await new Promise((r) => setTimeout(r, 5));
  assert.equal(jobId === null ? null : library.reextraction.status(jobId)!.error, null);
}

test('seeds: every expected person, place and organisation is an entity of its kind in its article', async () => {
  const { library, idOf } = await seeded();
  for (const file of seedFiles) {
    const found = library.entities.read.forArticle(idOf(file))!;
    const gold = (expected as unknown as Record<string, Expected>)[file]!;
    for (const [kind, list] of LISTS) {
      for (const name of gold[list]) {
        assert.ok(
          found.some((e) => e.kind === kind && (entityKey(kind, name) === entityKey(kind, e.name) || e.name === name || e.aliases.includes(name))),
          `${file}: ${kind} ${name} not in ${found.map((e) => e.name).join(', ')}`,
        );
      }
    }
  }
});

test('one entity per real-world thing across articles, with mentions that are offsets into the body', async () => {
  const { library } = await seeded();
  const { entities } = library.entities.read.list({ kind: 'person', query: 'Lukashenko', includeHidden: false, limit: 10, offset: 0 });
  assert.deepEqual(
    entities.map((e) => [e.name, e.articleCount]),
    [['Alexander Lukashenko', 5]],
  );
  for (const { id } of library.articles.list({ limit: 10, offset: 0 })) {
    const { body } = library.articles.get(id)!;
    for (const e of library.entities.read.forArticle(id)!) {
      for (const m of e.mentions) assert.equal(body.slice(m.start, m.end), m.text);
    }
  }
  const dates = library.db.prepare("SELECT count(*) AS n FROM article_dates WHERE iso LIKE '2025-%'").get() as { n: number };
  assert.ok(dates.n > 0, 'dates named in the text are kept');
});

test('the entity page lists every article with both entities in date order, and what co-occurs', async () => {
  const { library } = await seeded();
  const find = (kind: EntityKind, q: string) => library.entities.read.list({ kind, query: q, includeHidden: false, limit: 1, offset: 0 }).entities[0]!;
  const lukashenko = find('person', 'Lukashenko');
  const xi = find('person', 'Xi Jinping');
  const cai = find('person', 'Cai Qi');
  const page = library.entities.read.page(lukashenko.id, xi.id, 100)!;
  assert.equal(page.total, 5);
  assert.deepEqual(
    page.articles.map((a) => a.published),
    ['2023-08-17', '2023-12-05', '2025-06-13', '2025-08-29', '2025-09-03'],
  );
  assert.equal(library.entities.read.page(lukashenko.id, cai.id, 100)!.total, 1);
  assert.deepEqual(
    page.cooccurring.slice(0, 1).map((c) => c.articleCount),
    [5],
  );
  assert.ok(page.cooccurring.some((c) => c.id === xi.id) && !page.cooccurring.some((c) => c.id === lukashenko.id));
  assert.equal(library.entities.read.card(xi.id)!.latest!.published, '2025-09-03');
});

test('corrections apply at once and survive re-import of a changed file and re-extraction', async () => {
  const { library, dir, idOf } = await seeded();
  const article = idOf('002_ac33ee3db0e813a5.txt');
  const li = byName(library, article, 'Li Shangfu')!;
  const khrenin = byName(library, article, 'Viktor Khrenin')!;
  const minsk = byName(library, article, 'Minsk')!;
  library.entities.correct({ action: 'rename', id: li.id, name: 'General Li Shangfu' });
  library.entities.correct({ action: 'setKind', id: minsk.id, kind: 'org' });
  library.entities.correct({ action: 'hide', id: khrenin.id, hidden: true });
  const xi = byName(library, article, 'Xi Jinping')!;
  const lukashenko = byName(library, article, 'Alexander Lukashenko')!;
  const merged = library.entities.correct({ action: 'merge', id: xi.id, into: lukashenko.id });
  assert.equal(merged.id, lukashenko.id);
  assert.ok(merged.aliases.includes('Xi Jinping'));
  const { body } = library.articles.get(article)!;
  const start = body.indexOf('Belarusian');
  const marked = library.entities.correct({
    action: 'addSpan',
    articleId: article,
    start,
    end: start + 'Belarusian'.length,
    target: { kind: 'place', name: 'Belarus' },
  });

  const check = (when: string) => {
    const found = library.entities.read.forArticle(article)!;
    const names = found.map((e) => `${e.kind}:${e.name}`);
    assert.ok(names.includes('person:General Li Shangfu'), `${when}: rename (${names.join(', ')})`);
    assert.ok(names.includes('org:Minsk'), `${when}: kind`);
    assert.ok(!names.some((n) => n.includes('Khrenin')), `${when}: hidden`);
    assert.ok(!names.includes('person:Xi Jinping'), `${when}: merged away`);
    assert.ok(found.find((e) => e.name === 'Alexander Lukashenko')!.aliases.includes('Xi'), `${when}: merged aliases`);
    const belarus = found.find((e) => e.name === marked.name)!;
    assert.ok(
      belarus.mentions.some((m) => m.text === 'Belarusian'),
      `${when}: marked span`,
    );
    assert.equal(library.entities.read.list({ kind: null, query: 'Khrenin', includeHidden: true, limit: 5, offset: 0 }).entities[0]!.hidden, true);
  };
  check('at once');

  // The file changes in front of the marked word: the article is updated in place and the mark follows its text.
  const file = path.join(dir, '002_ac33ee3db0e813a5.txt');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Belarusian', 'The Belarusian'));
  const [result] = await library.import([file]);
  assert.equal(result!.status, 'updated');
  check('after re-import');
  await finish(library, true);
  check('after re-extraction');
  // Entities, mentions and aliases are derived: rebuilt from nothing, they come back corrected.
  library.db.prepare('DELETE FROM entities').run();
  await finish(library, true);
  check('after a rebuild');
});

test('refused corrections say why and change nothing', async () => {
  const { library, idOf } = await seeded();
  const a = idOf('000_b6e059254387143c.txt');
  const cai = byName(library, a, 'Cai Qi')!;
  assert.throws(() => library.entities.correct({ action: 'merge', id: cai.id, into: cai.id }), /into itself/);
  assert.throws(() => library.entities.correct({ action: 'rename', id: 99_999, name: 'X' }), /no entity 99999/);
  assert.throws(() => library.entities.correct({ action: 'addSpan', articleId: a, start: 5, end: 5_000_000, target: { id: cai.id } }), /not a span/);
  assert.equal(library.db.prepare('SELECT count(*) AS n FROM entity_corrections').pluck().get(), 0);
});

test('deleting an article removes its mentions; re-extraction reports progress and only outdated articles need it', async () => {
  const { library, idOf } = await seeded();
  assert.equal(library.reextraction.start(false), null, 'freshly imported articles are up to date');
  const jobId = library.reextraction.start(true)!;
  assert.equal(library.reextraction.start(true), jobId, 'one runs at a time');
  await finish(library, true);
  assert.deepEqual({ ...library.reextraction.status(jobId)!, id: 0 }, { id: 0, done: 5, total: 5, finished: true, cancelled: false, error: null });

  const cai = library.entities.read.list({ kind: 'person', query: 'Cai Qi', includeHidden: false, limit: 1, offset: 0 }).entities[0]!;
  library.db.prepare('DELETE FROM articles WHERE id = ?').run(idOf('000_b6e059254387143c.txt'));
  assert.equal(library.entities.read.card(cai.id)!.articleCount, 0);
  assert.equal(library.entities.read.list({ kind: 'person', query: 'Cai Qi', includeHidden: false, limit: 1, offset: 0 }).total, 0);
  library.db.prepare('DELETE FROM entity_extractions WHERE article_id = ?').run(idOf('001_522952b2974e1508.txt'));
  assert.deepEqual(library.entities.articleIds(false), [idOf('001_522952b2974e1508.txt')]);
  await finish(library, false);
  assert.deepEqual(library.entities.articleIds(false), []);
  assert.equal(library.entities.read.card(cai.id), undefined, 'entities nothing mentions are pruned');
});
