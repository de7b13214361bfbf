import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { importAnnotationFile, importAnnotations } from '../../../../../electron/library/annotations/import/annotationImport';
import { Exports } from '../../../../../electron/library/export/Exports';
import { stableUuid } from '../../../../../electron/library/export/formats/stableUuid';
import type { Library } from '../../../../../electron/library/Library';
import { awkwardArticles, awkwardLibrary } from '../../../helpers/awkwardLibrary';
import { tempDir } from '../../../helpers/tempLibrary';

type Json = Record<string, any>;
const exportJson = (library: Library): Json => JSON.parse(new Exports(library).render('json', { kind: 'all' }, { bom: false }).files[0]!.content) as Json;
const URL_1 = 'https://example.com/news/trade?x=1&y=2';

test('round trip: export → a new library with the same articles → import → export gives the same annotations', () => {
  const original = awkwardLibrary();
  const exported = exportJson(original);
  const file = path.join(tempDir(), 'notes.json');
  fs.writeFileSync(file, JSON.stringify(exported));

  const copy = awkwardArticles();
  assert.deepEqual(importAnnotationFile(copy, file), { added: 7, existing: 0, unmatched: 0, orphaned: 1, skipped: 0 });
  const again = exportJson(copy);
  assert.deepEqual(again.first.items, exported.first.items);
  assert.equal(again.total, exported.total);
  // Offsets after the emoji come back in UTF-16 units, exactly where they were.
  const place = (library: Library) => library.annotations.highlights.forArticle(3).map((h) => [h.uuid, h.start, h.end]);
  assert.deepEqual(place(copy), place(original));

  // A second import adds nothing: every annotation is recognised by its id.
  assert.deepEqual(importAnnotationFile(copy, file), { added: 0, existing: 8, unmatched: 0, orphaned: 0, skipped: 0 });
  assert.deepEqual(exportJson(copy).first.items, exported.first.items);
  assert.equal(copy.annotations.notes.get(1), original.annotations.notes.get(1), 'the article note is not appended twice');
});

test('annotations from another tool (Hypothesis) are anchored by their quotes, once, with a stable id', () => {
  const library = awkwardArticles();
  const hypothesis = {
    total: 5,
    rows: [
      {
        id: 'Hyp-aBc123',
        uri: URL_1,
        text: 'Anchored by quote and context',
        tags: ['from hypothesis', ''],
        created: '2024-05-01T12:00:00.000000+00:00',
        updated: '2024-05-02T12:00:00.000000+00:00',
        target: [
          {
            source: URL_1,
            selector: [
              { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 9, endContainer: '/p[1]', endOffset: 25 },
              // Offsets from another rendering of the page: wrong here, so the quote decides.
              { type: 'TextPositionSelector', start: 109, end: 125 },
              { type: 'TextQuoteSelector', exact: '"Trade, not aid"', prefix: 'He said: ', suffix: ' — and' },
            ],
          },
        ],
      },
      { id: 'hyp-page-note', uri: `${URL_1}#comments`, text: 'A page note', tags: ['page'], target: [{ source: `${URL_1}#comments` }] },
      {
        id: 'hyp-elsewhere',
        uri: 'https://elsewhere.example/x',
        text: 'no such article',
        target: [{ source: 'https://elsewhere.example/x', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }],
      },
      {
        id: 'hyp-gone',
        uri: URL_1,
        text: '',
        target: [{ source: URL_1, selector: [{ type: 'TextQuoteSelector', exact: 'a sentence that was edited away', prefix: '', suffix: '' }] }],
      },
      { id: 'hyp-empty', uri: URL_1, target: [{ source: URL_1 }] },
    ],
  };
  assert.deepEqual(importAnnotations(library, hypothesis), { added: 2, existing: 0, unmatched: 1, orphaned: 1, skipped: 1 });
  const [placed, gone] = library.annotations.highlights.forArticle(1);
  assert.equal(placed!.uuid, stableUuid('id:Hyp-aBc123'));
  assert.deepEqual([placed!.quote, placed!.start, placed!.end, placed!.color], ['"Trade, not aid"', 9, 25, 'yellow']);
  assert.deepEqual(
    [placed!.note, placed!.tags, placed!.created, placed!.modified],
    ['Anchored by quote and context', ['from hypothesis'], '2024-05-01T12:00:00.000000+00:00', '2024-05-02T12:00:00.000000+00:00'],
  );
  assert.deepEqual([gone!.quote, gone!.orphaned], ['a sentence that was edited away', true]);
  assert.equal(library.annotations.notes.get(1), 'A page note');
  assert.deepEqual(library.annotations.tags.forArticle(1), ['page']);
  assert.deepEqual(importAnnotations(library, hypothesis), { added: 0, existing: 3, unmatched: 1, orphaned: 0, skipped: 1 });
  assert.equal(library.annotations.highlights.forArticle(1).length, 2);
});

test('W3C annotations of other shapes: one Annotation, a page, bodyValue, a highlighting body, a file: source', () => {
  const library = awkwardArticles();
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'http://example.org/anno/1',
    type: 'Annotation',
    bodyValue: 'Plain note',
    body: undefined,
    target: { source: 'file:///clippings/awkward-2.txt', selector: { type: 'TextPositionSelector', start: 0, end: 7 } },
  };
  assert.deepEqual(importAnnotations(library, annotation), { added: 1, existing: 0, unmatched: 0, orphaned: 0, skipped: 0 });
  const page = {
    type: 'AnnotationPage',
    items: [
      {
        type: 'Annotation',
        id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
        body: [{ type: 'TextualBody', value: 'GREEN', purpose: 'highlighting' }],
        target: [{ source: 'file:///clippings/awkward-2.txt', selector: [{ type: 'TextQuoteSelector', exact: 'Минске' }] }],
      },
    ],
  };
  assert.deepEqual(importAnnotations(library, page), { added: 1, existing: 0, unmatched: 0, orphaned: 0, skipped: 0 });
  const [first, second] = library.annotations.highlights.forArticle(2);
  assert.deepEqual([first!.quote, first!.note, first!.uuid], ['Встреча', 'Plain note', stableUuid('id:http://example.org/anno/1')]);
  assert.deepEqual([second!.quote, second!.color, second!.uuid], ['Минске', 'green', '11111111-2222-4333-8444-555555555555']);
});

test('a file that is not annotations is refused with a message naming it, and nothing is imported', () => {
  const library = awkwardArticles();
  const dir = tempDir();
  const write = (name: string, text: string) => (fs.writeFileSync(path.join(dir, name), text), path.join(dir, name));
  assert.throws(() => importAnnotationFile(library, write('broken.json', '{"type": "AnnotationCollection", ')), /broken\.json: it is not JSON \(/);
  assert.throws(
    () => importAnnotationFile(library, write('other.json', '{"hello": "world"}')),
    /other\.json: Expected a W3C AnnotationCollection, AnnotationPage or Annotation/,
  );
  assert.throws(
    () => importAnnotationFile(library, write('remote.json', '{"type": "AnnotationCollection", "total": 4, "first": "https://example.org/page1"}')),
    /remote\.json: The AnnotationCollection does not hold its annotations: its "first" page is not embedded/,
  );
  assert.throws(() => importAnnotationFile(library, path.join(dir, 'missing.json')), /missing\.json: it cannot be read\./);
  assert.equal(library.annotations.query.find({ query: '', colors: [], tags: [], text: '', orphaned: null, sort: 'article', limit: 10, offset: 0 }).total, 0);
});
