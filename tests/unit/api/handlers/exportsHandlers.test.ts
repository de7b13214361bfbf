import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Channel, RequestOf, ResponseOf } from '../../../../electron/common/contract/contract';
import { dispatch } from '../../../../electron/api/dispatch';
import { createHandlers } from '../../../../electron/api/handlers/createHandlers';
import type { HandlerContext, SaveSuggestion } from '../../../../electron/api/handlers/Handlers';
import { awkwardLibrary } from '../../helpers/awkwardLibrary';
import { LEAD, MORE, png } from '../../../fixtures/pictures';
import { tempDir } from '../../helpers/tempLibrary';

type Context = Omit<HandlerContext, 'library' | 'version'>;

function api(context: Context) {
  const library = awkwardLibrary();
  const handlers = createHandlers({ library, version: 'test', ...context });
  return {
    library,
    call: async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
      const envelope = await dispatch(handlers, channel, request);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.data as ResponseOf<C>;
    },
  };
}

test('desktop: the save dialog proposes a name in the last folder; PDF is printed from the HTML page', async () => {
  const dir = tempDir();
  const asked: SaveSuggestion[] = [];
  const printed: string[] = [];
  let answer: string | null = path.join(dir, 'chosen.md');
  const { call } = api({
    mode: 'desktop',
    pickSavePath: async (s) => (asked.push(s), answer),
    printToPdf: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-1.7 printed')),
  });
  assert.equal((await call('exports.last', {})).format, null);
  const md = await call('exports.write', { format: 'md', scope: { kind: 'article', id: 2 } });
  assert.deepEqual(md, { counts: { articles: 1, highlights: 2 }, written: [answer], download: null });
  assert.deepEqual(asked[0], { fileName: 'Лукашенко- «встреча» в Минске.md', folder: null, kind: { name: 'Markdown', extension: 'md' } });
  assert.match(fs.readFileSync(answer, 'utf8'), /^---\ntitle: "Лукашенко: «встреча» в Минске"\n/);

  answer = path.join(dir, 'notes.pdf');
  const pdf = await call('exports.write', { format: 'pdf', scope: { kind: 'all' } });
  assert.deepEqual(pdf.written, [answer]);
  assert.deepEqual(asked[1], { fileName: 'Dossier - Everything.pdf', folder: dir, kind: { name: 'PDF', extension: 'pdf' } });
  assert.match(printed[0]!, /^<!DOCTYPE html>[\s\S]*<blockquote>Обсуждалась торговля/);
  assert.equal(fs.readFileSync(answer, 'utf8'), '%PDF-1.7 printed');
  assert.equal((await call('exports.last', {})).format, 'pdf');

  answer = null;
  assert.deepEqual((await call('exports.write', { format: 'csv', scope: { kind: 'all' } })).written, [], 'cancelled: nothing written');
  await assert.rejects(
    call('exports.write', { format: 'md', scope: { kind: 'all' }, destination: '/tmp/anywhere.md' }),
    /Writing an export to a named path is only possible from the command line\./,
  );
  await assert.rejects(call('library.backup', { destination: path.join(dir, 'b.json') }), /only possible from the command line/);
});

test('browser mode: the export comes back as a download; a PDF as its page, to print', async () => {
  const { call } = api({ mode: 'browser' });
  const csv = await call('exports.write', { format: 'csv', scope: { kind: 'query', query: 'lang:zh' }, bom: true });
  assert.deepEqual(csv.written, []);
  assert.deepEqual(
    { ...csv.download, content: csv.download!.content.slice(0, 20) },
    { fileName: '习近平会见普京.csv', mimeType: 'text/csv', content: '\uFEFFHighlight,Title,Aut', print: false },
  );
  const pdf = await call('exports.write', { format: 'pdf', scope: { kind: 'all' } });
  assert.deepEqual([pdf.download!.fileName, pdf.download!.mimeType, pdf.download!.print], ['Dossier - Everything.html', 'text/html', true]);
  assert.equal((await call('exports.last', {})).format, 'pdf');
  await assert.rejects(
    call('exports.write', { format: 'md', scope: { kind: 'query', query: 'no-such-word' } }),
    /Nothing to export: no article in this scope has highlights, a note or tags\./,
  );
  await assert.rejects(call('exports.write', { format: 'md', scope: { kind: 'all' }, destination: 'x.md' }), /only possible from the command line/);
});

test('pictures: the desktop app writes Markdown’s beside the file chosen, a download of Markdown names none, HTML embeds them', async () => {
  const dir = tempDir();
  const picture = png(30, 20);
  fs.mkdirSync(path.join(dir, 'Page_files'));
  fs.writeFileSync(path.join(dir, 'Page_files', 'quay.png'), picture);
  fs.writeFileSync(
    path.join(dir, 'Quay.html'),
    `<!doctype html><html><head><title>Quay</title></head><body><article><h1>Quay</h1><p>${LEAD}</p>` +
      `<figure><img src="Page_files/quay.png" alt="The quay"><figcaption>The quay at noon.</figcaption></figure><p>${MORE}</p></article></body></html>`,
  );
  const answer = path.join(dir, 'out', 'chosen.md');
  fs.mkdirSync(path.dirname(answer));
  const desktop = api({ mode: 'desktop', pickSavePath: async () => answer });
  const [imported] = await desktop.library.import([path.join(dir, 'Quay.html')]);
  desktop.library.annotations.highlights.create(imported!.id!, { quote: 'quay at noon' }, { color: 'yellow', note: '', tags: [] });
  const scope = { kind: 'article' as const, id: imported!.id! };
  await desktop.call('exports.write', { format: 'md', scope });
  const image = /!\[The quay\]\((attachments\/[0-9a-f]{64}\.png)\)/.exec(fs.readFileSync(answer, 'utf8'))?.[1];
  assert.ok(image, 'the note shows the picture');
  assert.deepEqual(fs.readFileSync(path.join(path.dirname(answer), image)), picture);

  const browser = createHandlers({ library: desktop.library, version: 'test', mode: 'browser' });
  const download = async (format: 'md' | 'html') => {
    const envelope = await dispatch(browser, 'exports.write', { format, scope });
    assert.ok(envelope.ok);
    return (envelope.data as ResponseOf<'exports.write'>).download!.content;
  };
  assert.doesNotMatch(await download('md'), /attachments|!\[/);
  assert.match(await download('html'), new RegExp(`<img src="data:image/png;base64,${picture.toString('base64').replace(/[+/]/g, '\\$&')}" alt="The quay">`));
});

test('requests outside the contract are refused at the boundary', async () => {
  const { library } = api({ mode: 'cli' });
  const handlers = createHandlers({ library, version: 'test', mode: 'cli' });
  for (const [channel, payload] of [
    ['exports.preview', { format: 'docx', scope: { kind: 'all' } }],
    ['exports.preview', { format: 'md', scope: { kind: 'article' } }],
    ['exports.preview', { format: 'md', scope: { kind: 'highlights', ids: [] } }],
    ['exports.write', { format: 'md', scope: { kind: 'all' }, destination: '' }],
    ['library.restore', { source: 'x.json', force: 'yes' }],
    ['annotations.import', { paths: [] }],
  ] as const) {
    const envelope = await dispatch(handlers, channel, payload);
    assert.equal(envelope.ok, false, channel);
    assert.match(envelope.ok ? '' : envelope.error.message, new RegExp(`^Invalid request for ${channel.replace('.', '\\.')}: `));
  }
});
