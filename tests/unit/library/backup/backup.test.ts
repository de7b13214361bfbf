import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readBackup, restoreBackup } from '../../../../electron/library/backup/restoreBackup';
import { writeBackup } from '../../../../electron/library/backup/writeBackup';
import type { Library } from '../../../../electron/library/Library';
import { awkwardLibrary } from '../../helpers/awkwardLibrary';
import { idsOf } from '../../helpers/searchLibrary';
import { writeStoryArticles } from '../../helpers/storyArticles';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

/** The awkward library with everything else a backup carries: corrections, saved searches, settings, reading state. */
function fullLibrary(): Library {
  const library = awkwardLibrary();
  const minsk = library.entities.read.list({ kind: 'place', query: 'Minsk', includeHidden: false, limit: 1, offset: 0 }).entities[0]!;
  library.entities.correct({ action: 'rename', id: minsk.id, name: 'Мінск' });
  library.entities.correct({ action: 'addSpan', articleId: 3, start: 4, end: 8, target: { kind: 'place', name: 'China' } });
  library.views.save('Russian', 'lang:ru');
  library.views.save('Zeta', 'is:starred');
  library.setSetting('view.query', 'source:ТАСС');
  library.reading.setRead([1], true);
  library.reading.setStarred([3], true);
  library.annotations.tags.ensure(['unused tag']);
  return library;
}

const dir = tempDir();
const backupOf = (library: Library, name: string) => {
  const file = path.join(dir, name);
  writeBackup(library, file);
  return file;
};
/** A backup's text without its one timestamp, `created`: the time the backup was made. */
const withoutCreated = (file: string) => fs.readFileSync(file, 'utf8').replace(/"created":"[^"]+","schema"/, '"created":"…","schema"');

test('backup → restore into an empty library → backup gives the same file, but for the time it was made', () => {
  const original = fullLibrary();
  const first = backupOf(original, 'first.json');
  const backup = readBackup(first);
  assert.equal(backup.articles.length, 3);
  assert.deepEqual(
    backup.articles.map((a) => a.highlights.length),
    [3, 2, 1],
  );
  assert.deepEqual([backup.articles[0]!.readAt !== null, backup.articles[2]!.starred], [true, true]);
  assert.deepEqual(
    backup.savedViews.map((v) => v.name),
    ['Russian', 'Zeta'],
  );
  assert.deepEqual(
    backup.tags.map((t) => t.name),
    ['Economy', 'key point', 'long read', 'trade', 'unused tag', 'экономика', '中国'],
  );
  assert.deepEqual(
    backup.entityCorrections.map((c) => c.action),
    ['rename', 'span'],
  );

  const restored = tempLibrary();
  const counts = restoreBackup(restored, backup, false);
  assert.deepEqual(counts, { articles: 3, highlights: 6, notes: 2, tags: 7, corrections: 2, savedViews: 2 });
  assert.equal(withoutCreated(backupOf(restored, 'second.json')), withoutCreated(first));

  // Entities were extracted again, the corrections applied to them.
  const names = (library: Library, id: number) =>
    library.entities.read
      .forArticle(id)!
      .map((e) => `${e.kind}:${e.name}`)
      .sort();
  assert.deepEqual(names(restored, 2), names(original, 2));
  assert.ok(names(restored, 2).includes('place:Мінск'));
  assert.deepEqual(names(restored, 3), ['person:Vladimir Putin', 'person:Xi Jinping', 'place:Beijing', 'place:China', 'place:Russia']);
  assert.deepEqual(
    restored.search.query('place:Мінск', 10, 0).rows.map((r) => r.id),
    [2],
  );
  assert.deepEqual(
    restored.annotations.highlights.forArticle(1),
    original.annotations.highlights.forArticle(1).map((h, i) => ({ ...h, id: restored.annotations.highlights.forArticle(1)[i]!.id })),
  );
  assert.equal(restored.getSetting('view.query'), 'source:ТАСС');
  assert.equal(restored.annotations.colors.meanings().red, 'Disputed *strongly*');
});

test('restore refuses a library that is not empty, and replaces it with force', () => {
  const file = backupOf(fullLibrary(), 'refuse.json');
  const other = awkwardLibrary();
  other.views.save('Mine', 'is:unread');
  assert.throws(
    () => restoreBackup(other, readBackup(file), false),
    /The library .*library\.sqlite is not empty \(3 articles, 6 tags, 1 saved views\)\. Restoring would replace it: give --force to do so\./,
  );
  assert.deepEqual(
    other.views.list().map((v) => v.name),
    ['Mine'],
  );
  restoreBackup(other, readBackup(file), true);
  assert.deepEqual(
    other.views.list().map((v) => v.name),
    ['Russian', 'Zeta'],
  );
  assert.equal(withoutCreated(backupOf(other, 'forced.json')), withoutCreated(file));
});

test('a bad backup is refused with the field named, and leaves the library untouched', () => {
  const good = JSON.parse(fs.readFileSync(backupOf(fullLibrary(), 'good.json'), 'utf8'));
  const write = (name: string, value: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };
  const broken = structuredClone(good);
  broken.articles[1].highlights[0].color = 'pink';
  broken.articles[0].body += ' and more';
  assert.throws(
    () => readBackup(write('pink.json', broken)),
    /pink\.json is not a valid Dossier backup: articles\[0\]\.body: is not the text of the article’s blocks; articles\[1\]\.highlights\[0\]\.color: Invalid option/,
  );
  const dangling = structuredClone(good);
  dangling.entityCorrections[1].articleId = 42;
  dangling.storyLinks = [{ a: 1, b: 42, together: true, created: '2026-01-01T00:00:00.000Z' }];
  assert.throws(
    () => readBackup(write('dangling.json', dangling)),
    /entityCorrections\[1\]\.articleId: there is no article 42 in the backup; storyLinks\[0\]\.b: there is no article 42 in the backup/,
  );
  assert.throws(() => readBackup(write('text.json', 'not json')), /text\.json: it is not JSON \(/);
  assert.throws(
    () => readBackup(write('other.json', { format: 'something-else' })),
    /other\.json is not a Dossier backup \(it has no "format": "dossier-backup"\)/,
  );
  assert.throws(
    () => readBackup(write('newer.json', { ...good, version: 6 })),
    /newer\.json was written by a newer Dossier \(backup format 6; this one reads 5\)/,
  );

  // Valid in form, but refused by the library halfway through: the whole restore is undone, the old library intact.
  const target = awkwardLibrary();
  const before = withoutCreated(backupOf(target, 'before.json'));
  const tooLong = structuredClone(good);
  tooLong.articles[2].highlights[0].tags = ['x'.repeat(101)];
  assert.throws(() => restoreBackup(target, readBackup(write('long-tag.json', tooLong)), true), /A tag name is at most 100 characters/);
  assert.equal(withoutCreated(backupOf(target, 'after.json')), before);
});

test('backup and restore carry where each article is: archived, in the Trash, and where it was left', () => {
  const original = fullLibrary();
  original.shelves.setArchived([2, 3], true);
  original.shelves.setTrashed([3], true);
  original.reading.setPosition(1, 0.4);
  const file = backupOf(original, 'shelves.json');
  const backup = readBackup(file);
  assert.deepEqual(
    backup.articles.map((a) => [a.archivedAt !== null, a.trashedAt !== null, a.readingPosition]),
    [
      [false, false, 0.4],
      [true, false, null],
      [true, true, null],
    ],
  );
  const restored = tempLibrary();
  restoreBackup(restored, backup, false);
  assert.equal(withoutCreated(backupOf(restored, 'shelves-again.json')), withoutCreated(file));
  assert.deepEqual(idsOf(restored, ''), [1]);
  assert.deepEqual(idsOf(restored, 'is:archived'), [2]);
  assert.deepEqual(idsOf(restored, 'is:trashed'), [3]);
  assert.equal(restored.annotations.highlights.forArticle(3).length, 1, 'the Trash keeps its annotations through a backup');
  assert.equal(restored.reading.position(1), 0.4);
});

test('a backup of format 1, from before the archive and the Trash, restores with every article in the list', () => {
  const json = JSON.parse(fs.readFileSync(backupOf(fullLibrary(), 'format2.json'), 'utf8'));
  json.version = 1;
  for (const a of json.articles) {
    delete a.readingPosition;
    delete a.archivedAt;
    delete a.trashedAt;
  }
  const file = path.join(dir, 'format1.json');
  fs.writeFileSync(file, JSON.stringify(json));
  const restored = tempLibrary();
  restoreBackup(restored, readBackup(file), false);
  assert.deepEqual(idsOf(restored, 'sort:title'), idsOf(restored, 'sort:title -is:archived -is:trashed'));
  assert.equal(restored.search.total(''), 3);
});

test('backup and restore carry the versions of each article and the version each highlight was made on; format 3 had none', async () => {
  const original = tempLibrary();
  const file = path.join(dir, 'changing.txt');
  const lines = ['Ferries to the islands', 'Ferries leave the harbour every hour in summer.', 'In winter they leave every three hours.'];
  fs.writeFileSync(file, lines.join('\n\n'));
  const id = (await original.import([file]))[0]!.id!;
  const made = original.annotations.highlights.create(id, { quote: 'every three hours' }, { color: 'blue', note: 'less often', tags: [] });
  fs.writeFileSync(file, [...lines.slice(0, 2), 'In winter they leave twice a day.', 'The timetable is on the port’s site.'].join('\n\n'));
  await original.import([file]);
  fs.writeFileSync(file, [...lines.slice(0, 2), 'In winter they leave twice a day, at eight and at five.'].join('\n\n'));
  await original.import([file]);
  const texts = original.articles.versions.texts(id);
  assert.equal(texts.length, 3);

  const saved = backupOf(original, 'versions.json');
  const backup = readBackup(saved);
  assert.deepEqual(
    [backup.articles[0]!.version, backup.articles[0]!.versions.map((v) => v.version), backup.articles[0]!.highlights[0]!.version],
    [3, [2, 1], 1],
  );
  const restored = tempLibrary();
  restoreBackup(restored, backup, false);
  assert.deepEqual(restored.articles.versions.texts(id), texts);
  const orphan = restored.annotations.highlights.get(made.id);
  assert.deepEqual([orphan.orphaned, orphan.version], [true, 1]);
  assert.equal(restored.articles.versions.passage(id, orphan)?.quote, 'every three hours');
  assert.equal(withoutCreated(backupOf(restored, 'versions-again.json')), withoutCreated(saved));

  const json = JSON.parse(fs.readFileSync(saved, 'utf8'));
  json.version = 3;
  for (const a of json.articles) {
    delete a.version;
    delete a.versions;
    for (const h of a.highlights) delete h.version;
  }
  const format3 = path.join(dir, 'format3.json');
  fs.writeFileSync(format3, JSON.stringify(json));
  const older = tempLibrary();
  restoreBackup(older, readBackup(format3), false);
  assert.deepEqual(
    older.articles.versions.list(id).map((v) => [v.version, v.current]),
    [[1, true]],
  );
  assert.equal(older.annotations.highlights.get(made.id).version, null, 'orphaned, on a version not known');
});

test('backup and restore carry the story corrections, which the restored stories obey; format 4 had none', async () => {
  const original = tempLibrary();
  const folder = writeStoryArticles(tempDir());
  await original.import([folder]);
  const id = (name: string) => original.articles.findByFile(path.join(folder, name))!.id;
  const storyIn = (library: Library) => (name: string) => library.stories.index.storyOf(id(name));
  const story = storyIn(original);
  // As clustered: one meeting reported three times, and the same men a fortnight later apart.
  assert.deepEqual([story('dpa.txt') === story('xinhua.txt'), story('later.txt') === story('xinhua.txt')], [true, false]);
  original.stories.corrections.split(story('xinhua.txt')!, [id('dpa.txt')]);
  original.stories.corrections.merge(story('later.txt')!, story('xinhua.txt')!);
  const links = original.db.prepare('SELECT a, b, together, created_at FROM story_links ORDER BY a, b').all();

  const saved = backupOf(original, 'stories.json');
  const backup = readBackup(saved);
  assert.deepEqual(
    backup.storyLinks.map((l) => l.together),
    links.map((l) => (l as { together: number }).together === 1),
  );
  const restored = tempLibrary();
  restoreBackup(restored, backup, false);
  assert.deepEqual(restored.db.prepare('SELECT a, b, together, created_at FROM story_links ORDER BY a, b').all(), links);
  assert.equal(withoutCreated(backupOf(restored, 'stories-again.json')), withoutCreated(saved));
  // Placed again, as a library from before stories is: the corrections, not the clustering, decide.
  assert.equal((await restored.reclustering.finished(restored.reclustering.start(false)!))?.error, null);
  const placed = storyIn(restored);
  assert.notEqual(placed('dpa.txt'), placed('xinhua.txt'), 'kept apart');
  assert.equal(placed('later.txt'), placed('xinhua.txt'), 'kept together');
  assert.equal(placed('tass.txt'), placed('xinhua.txt'));

  const json = JSON.parse(fs.readFileSync(saved, 'utf8'));
  json.version = 4;
  delete json.storyLinks;
  const format4 = path.join(dir, 'format4.json');
  fs.writeFileSync(format4, JSON.stringify(json));
  const older = tempLibrary();
  restoreBackup(older, readBackup(format4), false);
  assert.equal((await older.reclustering.finished(older.reclustering.start(false)!))?.error, null);
  assert.equal(storyIn(older)('dpa.txt'), storyIn(older)('xinhua.txt'), 'without the corrections, clustered as before them');
});
