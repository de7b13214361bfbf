import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { Library } from '../../../../electron/library/Library';
import { RequestError } from '../../../../electron/common/RequestError';
import { tempDir } from '../../helpers/tempLibrary';

const TEXT = `Minsk talks
Alexander Lukashenko met Xi Jinping in Beijing on Tuesday. The two leaders signed a trade agreement.

Lukashenko said the agreement would double trade by 2030. Xi said China values its partner.

Analysts doubted the trade figures.`;

async function libraryWithArticle(text = TEXT): Promise<{ library: Library; file: string; id: number; dir: string }> {
  const dir = tempDir();
  const file = path.join(dir, 'talks.txt');
  fs.writeFileSync(file, text);
  const library = await Library.open(path.join(dir, 'library.sqlite'));
  const [result] = await library.import([file]);
  return { library, file, id: result!.id!, dir };
}

const fields = { color: 'yellow' as const, note: '', tags: [] };

test('a highlight made from a quote records both selectors, its colour, note and tags', async () => {
  const { library, id } = await libraryWithArticle();
  const { highlights } = library.annotations;
  const h = highlights.create(
    id,
    { quote: 'signed a trade agreement' },
    { color: 'green', note: 'Key claim, "quoted"\nsecond line', tags: ['#Trade', 'trade', 'China'] },
  );
  const body = library.articles.get(id)!.body;
  assert.equal(body.slice(h.start!, h.end!), 'signed a trade agreement');
  assert.equal(h.prefix, body.slice(h.start! - 32, h.start!));
  assert.equal(h.suffix, body.slice(h.end!, h.end! + 32));
  assert.deepEqual(h.tags, ['China', 'Trade'], 'a leading # dropped, repeats in another case merged');
  assert.equal(h.orphaned, false);
  assert.match(h.uuid, /^[0-9a-f-]{36}$/);
  assert.deepEqual(
    highlights.forArticle(id).map((x) => x.id),
    [h.id],
  );
  library.close();
});

test('a quote that is missing or ambiguous is refused with a message naming the article', async () => {
  const { library, id } = await libraryWithArticle();
  const { highlights } = library.annotations;
  assert.throws(
    () => highlights.create(id, { quote: 'not in the text' }, fields),
    (e: unknown) => e instanceof RequestError && e.code === 'invalid' && /Article \d+/.test(e.message),
  );
  assert.throws(() => highlights.create(id, { quote: 'trade' }, fields), /occurs 3 times.*--occurrence N, 1 to 3/);
  const third = highlights.create(id, { quote: 'trade', occurrence: 3 }, fields);
  assert.equal(third.suffix.startsWith(' figures'), true);
  assert.throws(() => highlights.create(id, { start: 5, end: 5 }, fields), /not a non-empty range/);
  assert.throws(
    () => highlights.create(999, { start: 0, end: 4 }, fields),
    (e: unknown) => e instanceof RequestError && e.code === 'not_found',
  );
  library.close();
});

test('editing, deleting and putting back a highlight; putting it back twice adds nothing', async () => {
  const { library, id } = await libraryWithArticle();
  const { highlights } = library.annotations;
  const h = highlights.create(id, { quote: 'double trade by 2030' }, fields);
  const edited = highlights.update(h.id, { color: 'red', note: 'disputed', tags: ['numbers'] });
  assert.deepEqual([edited.color, edited.note, edited.tags], ['red', 'disputed', ['numbers']]);
  assert.ok(edited.modified >= h.modified);
  const gone = highlights.delete(h.id);
  assert.deepEqual(highlights.forArticle(id), []);
  const back = highlights.put(gone);
  assert.equal(back.created, true);
  assert.deepEqual({ ...back.highlight, id: 0 }, { ...gone, id: 0 });
  assert.equal(highlights.put(gone).created, false);
  assert.equal(highlights.forArticle(id).length, 1);
  library.close();
});

test('re-importing an edited file re-anchors its highlights; one whose text is gone is kept orphaned', async () => {
  const { library, id, file } = await libraryWithArticle();
  const { highlights } = library.annotations;
  const moved = highlights.create(id, { quote: 'Analysts doubted the trade figures.' }, { ...fields, note: 'check' });
  const removed = highlights.create(id, { quote: 'Xi said China values its partner.' }, fields);
  const kept = highlights.create(id, { quote: 'Alexander Lukashenko' }, fields);
  fs.writeFileSync(
    file,
    TEXT.replace('Xi said China values its partner.', 'Beijing stayed silent.').replace(
      'Minsk talks\n',
      'Minsk talks\nBy A. Reporter\n\nA new opening paragraph pushes everything down.\n\n',
    ),
  );
  const [result] = await library.import([file]);
  assert.equal(result!.status, 'updated');
  const body = library.articles.get(id)!.body;
  const after = new Map(highlights.forArticle(id).map((h) => [h.id, h]));
  assert.equal(body.slice(after.get(moved.id)!.start!, after.get(moved.id)!.end!), 'Analysts doubted the trade figures.');
  assert.equal(after.get(moved.id)!.note, 'check');
  assert.equal(body.slice(after.get(kept.id)!.start!, after.get(kept.id)!.end!), 'Alexander Lukashenko');
  const orphan = after.get(removed.id)!;
  assert.equal(orphan.orphaned, true);
  assert.equal(orphan.quote, 'Xi said China values its partner.');
  assert.equal(highlights.forArticle(id).at(-1)!.id, removed.id, 'orphans are listed last');
  const start = body.indexOf('Beijing stayed silent.');
  const reattached = highlights.reattach(removed.id, start, start + 'Beijing stayed silent.'.length);
  assert.equal(reattached.orphaned, false);
  assert.equal(reattached.quote, 'Beijing stayed silent.');
  library.close();
});

test('an article holding annotations cannot be deleted by accident', async () => {
  const { library, id } = await libraryWithArticle();
  library.annotations.notes.set(id, 'Whole-article note');
  assert.throws(() => library.db.prepare('DELETE FROM articles WHERE id = ?').run(id), /FOREIGN KEY/);
  assert.equal(library.annotations.notes.get(id), 'Whole-article note');
  library.annotations.notes.set(id, '  ');
  assert.equal(library.annotations.notes.get(id), '');
  library.close();
});

test('tags are shared by articles and highlights, and renaming one onto another merges them', async () => {
  const { library, id } = await libraryWithArticle();
  const { tags, highlights } = library.annotations;
  assert.deepEqual(tags.setForArticle(id, ['diplomacy', 'Belarus']), ['Belarus', 'diplomacy']);
  const h = highlights.create(id, { quote: 'Alexander Lukashenko' }, { ...fields, tags: ['belarus', 'people'] });
  assert.deepEqual(h.tags, ['Belarus', 'people'], 'the tag already named keeps its spelling');
  const byName = () => Object.fromEntries(tags.list().map((t) => [t.name, [t.articles, t.highlights]]));
  assert.deepEqual(byName(), { Belarus: [1, 1], diplomacy: [1, 0], people: [0, 1] });
  const people = tags.list().find((t) => t.name === 'people')!;
  const diplomacy = tags.list().find((t) => t.name === 'diplomacy')!;
  assert.deepEqual(tags.rename(people.id, 'Diplomacy'), { id: diplomacy.id, name: 'diplomacy' });
  assert.deepEqual(byName(), { Belarus: [1, 1], diplomacy: [1, 1] });
  assert.deepEqual(highlights.get(h.id).tags, ['Belarus', 'diplomacy']);
  assert.throws(() => tags.rename(diplomacy.id, ' # '), /needs a name/);
  tags.delete(diplomacy.id);
  assert.deepEqual(tags.forArticle(id), ['Belarus']);
  library.close();
});

test('colour meanings are named once and kept in the library', async () => {
  const { library } = await libraryWithArticle();
  assert.equal(library.annotations.colors.meanings().yellow, '');
  library.annotations.colors.setMeanings({ yellow: ' key claim ', red: 'disputed' });
  assert.deepEqual(library.annotations.colors.meanings(), { yellow: 'key claim', red: 'disputed', green: '', blue: '', purple: '' });
  library.close();
});

test('All highlights filters by the article query, colour, tag, words and orphaned state', async () => {
  const { library, id } = await libraryWithArticle();
  const { highlights, query, tags } = library.annotations;
  highlights.create(id, { quote: 'Alexander Lukashenko' }, { color: 'yellow', note: 'the Belarusian leader', tags: ['people'] });
  highlights.create(id, { quote: 'double trade by 2030' }, { color: 'red', note: 'disputed figure', tags: [] });
  tags.setForArticle(id, ['economy']);
  const find = (f: Partial<Parameters<typeof query.find>[0]>) =>
    query.find({ query: '', colors: [], tags: [], text: '', orphaned: null, sort: 'created-asc', limit: 50, offset: 0, ...f }).highlights.map((h) => h.quote);
  assert.deepEqual(find({}), ['Alexander Lukashenko', 'double trade by 2030']);
  assert.deepEqual(find({ colors: ['red'] }), ['double trade by 2030']);
  assert.deepEqual(find({ tags: ['People'] }), ['Alexander Lukashenko']);
  assert.deepEqual(find({ tags: ['economy'] }).length, 2, 'an article tag applies to its highlights');
  assert.deepEqual(find({ text: 'belarus' }), ['Alexander Lukashenko'], 'words in the note, by prefix');
  assert.deepEqual(find({ text: 'DOUBLE 2030' }), ['double trade by 2030']);
  assert.deepEqual(find({ query: 'lukashenko' }).length, 2);
  assert.deepEqual(find({ query: 'source:nowhere' }), []);
  assert.deepEqual(find({ orphaned: true }), []);
  const page = query.find({ query: '', colors: [], tags: [], text: '', orphaned: null, sort: 'article', limit: 1, offset: 1 });
  assert.equal(page.total, 2);
  assert.deepEqual(
    page.highlights.map((h) => [h.quote, h.article.title]),
    [['double trade by 2030', 'Minsk talks']],
  );
  library.close();
});

test('highlighting the same words again changes that highlight; an overlapping highlight is a new one', async () => {
  const { library, id } = await libraryWithArticle();
  const { highlights } = library.annotations;
  const first = highlights.create(id, { quote: 'signed a trade agreement' }, { color: 'yellow', note: 'Key claim', tags: ['trade'] });
  const body = library.articles.get(id)!.body;
  const again = highlights.create(id, { start: first.start!, end: first.end! }, { color: 'red', note: '', tags: ['China'] });
  assert.equal(again.id, first.id);
  assert.equal(again.uuid, first.uuid);
  assert.equal(again.color, 'red');
  assert.equal(again.note, 'Key claim', 'an empty note leaves the one written');
  assert.deepEqual(again.tags, ['China', 'trade']);
  const byQuote = highlights.create(id, { quote: 'signed a trade agreement' }, { color: 'green', note: 'Signed.', tags: [] });
  assert.equal(byQuote.id, first.id);
  assert.equal(byQuote.note, 'Signed.');
  const wider = highlights.create(id, { quote: 'The two leaders signed a trade agreement' }, fields);
  assert.notEqual(wider.id, first.id);
  assert.equal(body.slice(wider.start!, wider.end!), 'The two leaders signed a trade agreement');
  assert.deepEqual(
    highlights.forArticle(id).map((h) => [h.quote, h.color]),
    [
      ['The two leaders signed a trade agreement', 'yellow'],
      ['signed a trade agreement', 'green'],
    ],
  );
  library.close();
});
