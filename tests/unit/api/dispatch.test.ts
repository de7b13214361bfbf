import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { contract } from '../../../electron/common/contract/contract';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers/createHandlers';
import { Library } from '../../../electron/library/Library';
import { loopbackServer } from '../helpers/loopbackServer';
import { SEEDS, tempDir, tempLibrary } from '../helpers/tempLibrary';

async function setup(mode: 'desktop' | 'cli' = 'desktop') {
  const library = tempLibrary();
  await library.seedOnce(SEEDS);
  const saveTo = path.join(tempDir(), 'notes.md');
  return {
    library,
    saveTo,
    handlers: createHandlers({
      library,
      version: '9.9.9',
      mode,
      pickImportPaths: async () => [SEEDS],
      pickSavePath: async () => saveTo,
      showInFolder: () => {},
    }),
  };
}

test('the handler table covers exactly the contract', async () => {
  const { handlers } = await setup();
  assert.deepEqual(Object.keys(handlers).sort(), Object.keys(contract).sort());
});

test('valid requests get responses that satisfy the contract', async () => {
  const { library, handlers, saveTo } = await setup();
  const feedServer = await loopbackServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/feed+json' })
      .end(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Loopback', items: [] })),
  );
  after(() => feedServer.close());
  // An article imported twice, changed: a version to restore.
  const file = path.join(tempDir(), 'notice.txt');
  fs.writeFileSync(file, 'Harbour notice\n\nThe first text.');
  const changed = (await library.import([file]))[0]!.id!;
  fs.writeFileSync(file, 'Harbour notice\n\nThe second text.');
  await library.import([file]);
  const requests: Record<keyof typeof contract, unknown> = {
    'app.info': {},
    'articles.list': { limit: 2 },
    'articles.get': { id: 1 },
    'articles.query': { query: 'Lukashenko source:xinhua' },
    'articles.setRead': { ids: [1, 2], read: true },
    'articles.setStarred': { ids: [3], starred: true },
    'articles.setArchived': { ids: [4], archived: true },
    'articles.setTrashed': { ids: [5], trashed: true },
    'articles.trash': {},
    'articles.emptyTrash': {},
    'articles.versions': { id: 1 },
    'articles.version': { id: 1, version: 1 },
    'articles.restoreVersion': { id: changed, version: 1 },
    'articles.versionsKept': {},
    'articles.setVersionsKept': { kept: 5 },
    'reading.setPosition': { id: 2, position: 0.4 },
    'reading.position': { id: 2 },
    'reading.resume': {},
    'facets.query': { query: 'belarus', sources: { limit: 3 } },
    'views.list': {},
    'views.save': { name: 'Belarus', query: 'belarus' },
    'views.delete': { id: 1 },
    'views.current': {},
    'views.setCurrent': { query: 'is:unread' },
    'library.import': { paths: [SEEDS] },
    'imports.start': { paths: [SEEDS] },
    'imports.status': { jobId: 1 },
    'imports.upload': { files: [{ name: 'note.txt', data: Buffer.from('A headline\n\nA body.').toString('base64') }] },
    'imports.startUpload': { files: [{ name: 'other.txt', data: Buffer.from('Another headline\n\nA body.').toString('base64') }] },
    'dialogs.pickImportPaths': { kind: 'folder' },
    'dialogs.showInFolder': { path: fs.readdirSync(SEEDS).map((name) => path.join(SEEDS, name))[0]! },
    'entities.list': { kind: 'person', query: 'Xi' },
    'entities.get': { id: 1 },
    'entities.page': { id: 1, with: 3 },
    'entities.forArticle': { articleId: 1 },
    'entities.correct': { action: 'hide', id: 1, hidden: false },
    'entities.guessKind': { name: 'Minsk' },
    'entities.reextract': {},
    'entities.reextractStatus': { jobId: 1 },
    'entities.reextractEstimate': {},
    'entities.reextractCancel': { jobId: 1 },
    'highlights.create': { articleId: 1, target: { start: 0, end: 10 }, tags: ['trade'] },
    'highlights.update': { id: 1, color: 'red', note: 'why' },
    'highlights.reattach': { id: 1, start: 2, end: 12 },
    'highlights.passage': { id: 1 },
    'highlights.find': { colors: ['red'] },
    'highlights.delete': { id: 1 },
    'highlights.restore': {
      highlight: {
        uuid: '0b6f2d58-1c1e-4c43-9a59-3f4e8f1f7a11',
        articleId: 1,
        quote: 'x',
        prefix: '',
        suffix: '',
        start: null,
        end: null,
        color: 'blue',
        note: '',
        tags: [],
        created: 'c',
        modified: 'm',
      },
    },
    'annotations.forArticle': { articleId: 1 },
    'notes.set': { articleId: 1, note: 'A note on the whole article.' },
    'tags.list': {},
    'tags.setForArticle': { articleId: 2, tags: ['economy', 'Trade'] },
    'tags.addToArticles': { ids: [1, 2], tags: ['economy', 'batch'] },
    'tags.rename': { id: 1, name: 'commerce' },
    'tags.merge': { from: 2, into: 1 },
    'tags.delete': { id: 1 },
    'colors.meanings': {},
    'colors.setMeanings': { meanings: { yellow: 'key claim' } },
    'exports.preview': { format: 'md', scope: { kind: 'all' } },
    'exports.write': { format: 'md', scope: { kind: 'query', query: 'belarus' } },
    'exports.last': {},
    'exports.library': {},
    'settings.get': {},
    'settings.set': { settings: { theme: 'dark' } },
    'review.today': { query: 'color:blue' },
    'review.answer': { highlightId: 1, answer: 'remembered' },
    'review.settings': {},
    'review.setSettings': { count: 5 },
    'feeds.add': { url: feedServer.url('/feed.json'), folder: 'News' },
    'feeds.list': {},
    'feeds.refresh': { id: 1 },
    'feeds.rename': { id: 1, title: 'Loopback news' },
    'feeds.configure': { id: 1, fullText: false, intervalMinutes: 60 },
    'feeds.importOpml': { opml: `<opml version="2.0"><body><outline text="More" xmlUrl="${feedServer.url('/more.json')}"/></body></opml>` },
    'feeds.exportOpml': {},
    'feeds.remove': { id: 1 },
    'annotations.import': { paths: ['missing.json'] },
    'library.backup': null,
    'library.restore': null,
    'library.save': null,
    'stories.list': { query: 'belarus' },
    'stories.get': { id: 1 },
    'stories.ofArticle': { articleId: 1 },
    'stories.compare': { a: 1, b: 2 },
    'stories.merge': { id: 2, into: 1 },
    'stories.split': { id: 1, articleIds: [2] },
    'stories.moveOut': { articleId: 4 },
    'stories.recluster': { all: true },
    'stories.reclusterStatus': { jobId: 1 },
  };
  // The seeds report five events: one story of two, for moving an article out of it.
  library.stories.corrections.merge(library.stories.index.storyOf(4)!, library.stories.index.storyOf(3)!);
  for (const [channel, request] of Object.entries(requests)) {
    if (request === null) continue; // Command line only: see the next test.
    const envelope = await dispatch(handlers, channel, request);
    assert.ok(envelope.ok, `${channel}: ${JSON.stringify(envelope)}`);
    const schema = contract[channel as keyof typeof contract].response;
    assert.doesNotThrow(() => schema.parse(envelope.data), channel);
  }
  assert.match(fs.readFileSync(saveTo, 'utf8'), /^---\n/);
  const info = await dispatch(handlers, 'app.info', {});
  assert.deepEqual(info.ok && (info.data as { version: string; articleCount: number }).articleCount, library.articles.count());
});

test('backup and restore answer by the contract from the command line, and are refused elsewhere', async () => {
  const file = path.join(tempDir(), 'backup.json');
  const cli = await setup('cli');
  cli.library.annotations.notes.set(1, 'kept in the backup');
  for (const [channel, request] of [
    ['library.backup', { destination: file }],
    ['library.restore', { source: file, force: true }],
  ] as const) {
    const envelope = await dispatch(cli.handlers, channel, request);
    assert.ok(envelope.ok, `${channel}: ${JSON.stringify(envelope)}`);
    assert.doesNotThrow(() => contract[channel].response.parse(envelope.data), channel);
  }
  assert.equal(cli.library.annotations.notes.get(1), 'kept in the backup');
  const desktop = await setup();
  const refused = await dispatch(desktop.handlers, 'library.backup', { destination: file });
  assert.deepEqual(refused.ok ? null : refused.error.code, 'invalid');
});

test('malformed, wrongly typed and oversized payloads are refused with a validation message', async () => {
  const { handlers } = await setup();
  const bad: [string, unknown][] = [
    ['articles.get', { id: 'one' }],
    ['articles.get', { id: -1 }],
    ['articles.get', { id: 1.5 }],
    ['articles.get', {}],
    ['articles.get', { id: 1, extra: true }],
    ['articles.list', { limit: 100000 }],
    ['articles.list', 'not an object'],
    ['articles.list', [1, 2]],
    ['articles.query', { query: 'x'.repeat(5000) }],
    ['articles.query', { query: 42 }],
    ['articles.query', { query: 'x', limit: 0 }],
    ['articles.setRead', { ids: [], read: true }],
    ['articles.setRead', { ids: [1], read: 'yes' }],
    ['facets.query', { query: '', sources: { limit: 5000 } }],
    ['facets.query', { query: '', colours: {} }],
    ['views.save', { name: '', query: 'x' }],
    ['views.save', { name: 'n'.repeat(201), query: 'x' }],
    ['views.delete', { id: 0 }],
    ['library.import', { paths: [] }],
    ['library.import', { paths: ['a'.repeat(5000)] }],
    ['library.import', { paths: 'seeds' }],
    ['highlights.create', { articleId: 1, target: { start: 0 } }],
    ['highlights.create', { articleId: 1, target: { start: 0, end: 4 }, color: 'pink' }],
    ['highlights.update', { id: 1, tags: 'trade' }],
    ['highlights.restore', { highlight: { uuid: 'not-a-uuid' } }],
    ['highlights.find', { colors: ['yellow', 'yellow', 'yellow', 'yellow', 'yellow', 'yellow'] }],
    ['notes.set', { articleId: 1, note: 'n'.repeat(100_001) }],
    ['colors.setMeanings', { meanings: { orange: 'x' } }],
  ];
  for (const [channel, payload] of bad) {
    const envelope = await dispatch(handlers, channel, payload);
    assert.equal(envelope.ok, false, `${channel} ${JSON.stringify(payload).slice(0, 60)}`);
    if (!envelope.ok) {
      assert.equal(envelope.error.code, 'invalid');
      assert.match(envelope.error.message, new RegExp(`^Invalid request for ${channel.replace('.', '\\.')}: `));
      assert.ok(!/\n\s+at /.test(envelope.error.message), 'no stack trace');
    }
  }
});

test('unknown channels and missing articles get their own errors', async () => {
  const { handlers } = await setup();
  const unknown = await dispatch(handlers, 'articles.drop', {});
  assert.deepEqual(unknown, { ok: false, error: { code: 'invalid', message: 'Unknown operation "articles.drop".' } });
  const proto = await dispatch(handlers, '__proto__', {});
  assert.equal(proto.ok, false);
  const missing = await dispatch(handlers, 'articles.get', { id: 999 });
  assert.deepEqual(missing, { ok: false, error: { code: 'not_found', message: 'There is no article 999.' } });
  const noQuote = await dispatch(handlers, 'highlights.create', { articleId: 1, target: { quote: 'words that are in no article' } });
  assert.deepEqual(noQuote.ok ? null : noQuote.error.code, 'invalid');
  assert.match(noQuote.ok ? '' : noQuote.error.message, /^Article 1: the quote does not occur/);
});

test('a failure inside a handler is answered without its details', async () => {
  const { library, handlers } = await setup();
  library.close();
  const original = console.error;
  console.error = () => {};
  try {
    const envelope = await dispatch(handlers, 'articles.list', {});
    assert.equal(envelope.ok, false);
    if (!envelope.ok) {
      assert.equal(envelope.error.code, 'internal');
      assert.doesNotMatch(envelope.error.message, /database connection is not open|at /);
    }
  } finally {
    console.error = original;
  }
});

test('a write the library file refuses is answered with the library message naming the file', async () => {
  const file = path.join(tempDir(), 'locked.sqlite');
  const library = Library.create(file, { busyTimeoutMs: 20 });
  await library.seedOnce(SEEDS);
  const handlers = createHandlers({ library, version: '9.9.9', mode: 'desktop' });
  const other = new Database(file);
  other.exec('BEGIN EXCLUSIVE');
  try {
    const envelope = await dispatch(handlers, 'highlights.create', { articleId: 1, target: { start: 0, end: 5 } });
    assert.equal(envelope.ok ? null : envelope.error.code, 'library');
    assert.match(envelope.ok ? '' : envelope.error.message, new RegExp(`^The library ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is locked`));
  } finally {
    other.exec('ROLLBACK');
    other.close();
    library.close();
  }
});
