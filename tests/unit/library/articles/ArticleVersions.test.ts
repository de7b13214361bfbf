import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

const dir = tempDir();
const paragraphs = [
  'Talks in Minsk',
  'The delegation arrived in Minsk on Monday for two days of talks on trade, transport and the supply of grain.',
  'Officials said the first round covered customs rules at the border and the timetable of freight trains between the two countries.',
  'A joint statement is expected on Wednesday, after a meeting of the heads of both delegations at the Palace of Independence.',
];
const write = (file: string, lines: readonly string[]) => fs.writeFileSync(file, lines.join('\n\n'));

test('a changed file keeps its earlier text as a version, packed against the next: the same text back, in far fewer bytes', async () => {
  const library = tempLibrary();
  const file = path.join(dir, 'minsk.txt');
  write(file, paragraphs);
  const id = (await library.import([file]))[0]!.id!;
  await library.import([file]);
  assert.deepEqual(
    library.articles.versions.list(id).map((v) => [v.version, v.current]),
    [[1, true]],
    'the same text again is no new version',
  );
  const first = library.articles.get(id)!;
  const changed = [
    ...paragraphs.slice(0, 2),
    paragraphs[2]!.replace('customs rules', 'new customs rules'),
    paragraphs[3]!,
    'Late on Tuesday the talks were extended by a day.',
  ];
  write(file, changed);
  const [result] = await library.import([file]);
  assert.equal(result!.status, 'updated');

  const versions = library.articles.versions.list(id);
  assert.deepEqual(
    versions.map((v) => [v.version, v.current, v.words, v.importedAt]),
    [
      [1, false, first.wordCount, first.updatedAt],
      [2, true, library.articles.get(id)!.wordCount, library.articles.get(id)!.updatedAt],
    ],
  );
  assert.equal(library.articles.get(id)!.version, 2);
  const old = library.articles.versions.text(id, 1);
  assert.equal(old.body, first.body);
  assert.equal(old.title, 'Talks in Minsk');
  assert.equal(library.articles.versions.text(id, 2).body, library.articles.get(id)!.body);
  const stored = library.db.prepare('SELECT length(text) FROM article_versions WHERE article_id = ?').pluck().get(id) as number;
  assert.ok(stored * 5 < Buffer.byteLength(first.body), `${stored} bytes stored for ${Buffer.byteLength(first.body)} bytes of text`);
  assert.throws(() => library.articles.versions.text(id, 3), /no version 3/);
});

test('versions are bounded by the setting, the oldest going first, and the chain still reads after pruning', async () => {
  const library = tempLibrary();
  const file = path.join(dir, 'bounded.txt');
  write(file, paragraphs);
  const id = (await library.import([file]))[0]!.id!;
  library.articles.versions.setKept(3);
  const texts = [library.articles.get(id)!.body];
  for (let day = 1; day <= 4; day++) {
    write(file, [...paragraphs, `Update ${day}: the talks went on.`]);
    await library.import([file]);
    texts.push(library.articles.get(id)!.body);
  }
  assert.deepEqual(
    library.articles.versions.list(id).map((v) => v.version),
    [3, 4, 5],
    'the current version and the two before it',
  );
  assert.deepEqual(
    library.articles.versions.texts(id).map((v) => v.body),
    [texts[4], texts[3], texts[2]],
  );
  assert.equal(library.articles.versions.kept(), 3);
  library.articles.versions.setKept(1);
  assert.deepEqual(
    library.articles.versions.list(id).map((v) => v.version),
    [5],
    'lowering the bound lets go at once',
  );
});

test('a highlight says on which version it was made; once orphaned, it shows its passage in that version', async () => {
  const library = tempLibrary();
  const file = path.join(dir, 'orphan.txt');
  write(file, paragraphs);
  const id = (await library.import([file]))[0]!.id!;
  const { highlights } = library.annotations;
  const made = highlights.create(id, { quote: 'the timetable of freight trains' }, { color: 'yellow', note: '', tags: [] });
  assert.equal(made.version, 1);
  write(file, [paragraphs[0]!, paragraphs[1]!, paragraphs[3]!]);
  await library.import([file]);
  const orphan = highlights.get(made.id);
  assert.deepEqual([orphan.orphaned, orphan.version], [true, 1]);
  const passage = library.articles.versions.passage(id, orphan);
  assert.equal(passage?.version, 1);
  assert.equal(passage?.quote, 'the timetable of freight trains');
  assert.match(passage.before, /covered customs rules at the border and $/);
  assert.match(passage.after, /^ between the two countries\./);
  const later = highlights.create(id, { quote: 'joint statement' }, { color: 'green', note: '', tags: [] });
  assert.equal(later.version, 2);
});
