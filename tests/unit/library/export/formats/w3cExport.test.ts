import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv-draft-04';
import { Exports } from '../../../../../electron/library/export/Exports';
import { awkwardLibrary } from '../../../helpers/awkwardLibrary';
import { ROOT } from '../../../helpers/tempLibrary';

/** The W3C Web Annotation test suite, kept beside the project (absent from a user's clone). */
const SUITE = path.resolve(ROOT, '..', 'shared', 'w3c-web-annotation-tests');
const NO_SUITE = fs.existsSync(SUITE) ? false : `the W3C test suite is not at ${SUITE}`;

type Json = Record<string, any>;

function exportAll(): Json {
  const library = awkwardLibrary();
  return JSON.parse(new Exports(library).render('json', { kind: 'all' }, { bom: false }).files[0]!.content) as Json;
}

/**
 * The suite's assertions (JSON Schema draft-04) listed by a `.test` file, compiled with every definition file
 * they refer to. The formats they use are RFC 3986 URIs and RFC 3339 date-times.
 */
function assertions(listing: string): { file: string; errorMessage: string; validate: (data: unknown) => boolean; errors: () => unknown }[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
  for (const def of fs.readdirSync(path.join(SUITE, 'definitions')).filter((f) => f.endsWith('.json')))
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SUITE, 'definitions', def), 'utf8')));
  const { assertions: files } = JSON.parse(fs.readFileSync(path.join(SUITE, listing), 'utf8')) as { assertions: string[] };
  return files.map((file) => {
    const schema = JSON.parse(fs.readFileSync(path.join(SUITE, file), 'utf8')) as Json;
    assert.equal(schema.expectedResult, 'valid', `${file} expects its schema to hold`);
    const validate = ajv.compile(schema);
    return { file, errorMessage: schema.errorMessage as string, validate: (data) => validate(data), errors: () => validate.errors };
  });
}

function failures(checks: ReturnType<typeof assertions>, data: unknown): string[] {
  return checks.filter((c) => !c.validate(data)).map((c) => `${c.file}: ${c.errorMessage}`);
}

test('our JSON export passes the W3C suite: the collection its musts, every annotation its musts', { skip: NO_SUITE }, () => {
  const collection = exportAll();
  const collectionChecks = assertions('collections/collectionMusts.test');
  const annotationChecks = assertions('annotations/annotationMusts.test');
  assert.equal(collectionChecks.length, 10);
  assert.equal(annotationChecks.length, 54);
  assert.deepEqual(failures(collectionChecks, collection), []);
  const items = collection.first.items as Json[];
  assert.equal(items.length, 8, 'six highlights and two articles with a note or tags');
  for (const item of items) assert.deepEqual(failures(annotationChecks, item), [], item.id);

  // The same checks refuse what the model forbids, so their passing above means something.
  const broken = { ...items[1], id: 'not a uri', body: items[1]!.body, bodyValue: 'both body and bodyValue' };
  assert.deepEqual(
    failures(annotationChecks, broken).map((f) => f.split(':')[0]),
    ['annotations/3.1-annotationIdValidated.json', 'annotations/3.2.5-notBodyBodyValue.json'],
  );
  const target = items[1]!.target as Json;
  const noExact = { ...items[1], target: { ...target, selector: [{ type: 'TextQuoteSelector', prefix: 'x' }, target.selector[1]] } };
  assert.ok(failures(annotationChecks, noExact).some((f) => f.startsWith('annotations/specificResource/4.2.4-textQuoteSelectorValid.json')));
  assert.deepEqual(
    failures(collectionChecks, { ...collection, total: 3, first: undefined }).map((f) => f.split(':')[0]),
    ['collections/5.1-collectionFirstValidated.json'],
  );
});

test('annotations carry both selectors (code points), notes, tags, colour and times; an orphaned one only its quote', () => {
  const collection = exportAll();
  assert.equal(collection.type, 'AnnotationCollection');
  assert.equal(collection.total, collection.first.items.length);
  assert.equal(collection['dossier:colorMeanings'].red, 'Disputed *strongly*');
  const items = collection.first.items as Json[];
  const byQuote = (exact: string) => items.find((i) => i.target.selector?.[0].exact === exact)!;

  const first = byQuote('He said: "Trade, not aid"');
  assert.match(first.id, /^urn:uuid:[0-9a-f-]{36}$/);
  assert.equal(first.motivation, 'highlighting');
  assert.equal(first['dossier:color'], 'yellow');
  assert.deepEqual(first.body, [
    { type: 'TextualBody', value: 'First line, with "quotes"\nSecond line: *not* bold, [not] a link', format: 'text/plain', purpose: 'commenting' },
    { type: 'TextualBody', value: 'key point', purpose: 'tagging' },
    { type: 'TextualBody', value: 'trade', purpose: 'tagging' },
  ]);
  assert.equal(first.target.source, 'https://example.com/news/trade?x=1&y=2');
  assert.deepEqual(first.target.selector[1], { type: 'TextPositionSelector', start: 0, end: 25 });
  assert.match(first.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

  // After an emoji (two UTF-16 units, one code point) W3C offsets are one less than JavaScript's.
  const chinese = byQuote('习近平在北京会见俄罗斯总统普京');
  const body = '😀 中国国家主席习近平在北京会见俄罗斯总统普京。双方讨论了贸易问题。';
  const { start, end } = chinese.target.selector[1];
  assert.equal([...body].slice(start, end).join(''), '习近平在北京会见俄罗斯总统普京');
  assert.equal(start, body.indexOf('习近平在') - 1);
  assert.equal(chinese.target.source, 'file:///clippings/awkward-3.txt');

  const orphaned = byQuote('Текст, которого больше нет');
  assert.deepEqual(orphaned.target.selector, [{ type: 'TextQuoteSelector', exact: 'Текст, которого больше нет', prefix: '', suffix: '' }]);
  assert.equal(orphaned.created, '2026-02-01T10:00:00.000Z');

  // The article's own note and tags, aimed at the whole article.
  const articleNote = items.find((i) => i.target.id === 'https://example.com/news/trade?x=1&y=2')!;
  assert.equal(articleNote.motivation, 'commenting');
  assert.deepEqual(
    articleNote.body.map((b: Json) => [b.purpose, b.value]),
    [
      ['commenting', 'Article note: "quoted", with, commas\n\n## not a heading | not a table'],
      ['tagging', 'Economy'],
      ['tagging', 'long read'],
    ],
  );
});
