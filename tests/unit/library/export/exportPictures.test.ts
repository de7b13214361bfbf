import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { Exports } from '../../../../electron/library/export/Exports';
import { LEAD, MORE, png } from '../../../fixtures/pictures';
import { tempDir, tempLibrary } from '../../helpers/tempLibrary';

/**
 * The notes exports carry the pictures highlights take in: Markdown as files in `attachments/` beside the notes,
 * HTML (and so PDF) embedded in the page; W3C JSON and CSV stay as they were.
 */
const library = tempLibrary();
const exports = new Exports(library);
const harbour = png(40, 20);
const chart = png(30, 30);
const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
let articleId: number;
const uuids: Record<'caption' | 'spanning' | 'plain', string> = { caption: '', spanning: '', plain: '' };

before(async () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'Page_files'));
  fs.writeFileSync(path.join(dir, 'Page_files', 'harbour.png'), harbour);
  fs.writeFileSync(path.join(dir, 'Page_files', 'chart.png'), chart);
  const page = path.join(dir, 'Port talks.html');
  fs.writeFileSync(
    page,
    `<!doctype html><html><head><title>Port talks</title></head><body><article><h1>Port talks</h1><p>${LEAD}</p>
    <figure><img src="Page_files/harbour.png" alt="The [harbour] at dawn"><figcaption>Cranes over the container quay.</figcaption></figure>
    <p>Traffic grew by a fifth.</p><p><img src="Page_files/chart.png" alt="Chart"></p><p>${MORE}</p></article></body></html>`,
  );
  const [result] = await library.import([page]);
  articleId = result!.id!;
  const { highlights } = library.annotations;
  uuids.caption = highlights.create(articleId, { quote: 'container quay' }, { color: 'yellow', note: 'the quay', tags: [] }).uuid;
  uuids.spanning = highlights.create(articleId, { quote: 'Traffic grew by a fifth.\n\n\n\nThe talks continue' }, { color: 'blue', note: '', tags: [] }).uuid;
  uuids.plain = highlights.create(articleId, { quote: 'officials said' }, { color: 'green', note: '', tags: [] }).uuid;
});

const scope = () => ({ kind: 'article' as const, id: articleId });

test('Markdown: each highlight shows the pictures it takes in, written once into attachments/ beside the notes, as a folder or one file', () => {
  const folder = path.join(tempDir(), 'notes') + path.sep;
  const { written } = exports.writeTo('md', scope(), { bom: false }, folder);
  assert.deepEqual(written, [path.join(folder, 'Port talks.md')]);
  const note = fs.readFileSync(written[0]!, 'utf8');
  const section = (uuid: string) => note.slice(note.indexOf(`^h-${uuid}`)).split(/\n\n> /)[0]!;
  assert.match(section(uuids.caption), new RegExp(`!\\[The \\\\\\[harbour\\\\\\] at dawn\\]\\(attachments/${hashOf(harbour)}\\.png\\)`));
  assert.match(section(uuids.spanning), new RegExp(`!\\[Chart\\]\\(attachments/${hashOf(chart)}\\.png\\)`));
  assert.doesNotMatch(section(uuids.spanning), /harbour/);
  assert.doesNotMatch(section(uuids.plain), /!\[/);
  const images = [...note.matchAll(/!\[[^\]]*(?:\\\][^\]]*)*\]\(([^)]+)\)/g)].map((m) => m[1]!);
  assert.equal(images.length, 2);
  for (const image of images) assert.ok(fs.existsSync(path.join(folder, image)), `${image} is beside the note`);
  assert.deepEqual(fs.readFileSync(path.join(folder, 'attachments', `${hashOf(harbour)}.png`)), harbour);
  assert.deepEqual(fs.readdirSync(path.join(folder, 'attachments')).sort(), [`${hashOf(chart)}.png`, `${hashOf(harbour)}.png`].sort());

  const file = path.join(tempDir(), 'one file.md');
  exports.writeTo('md', { kind: 'all' }, { bom: false }, file);
  assert.match(fs.readFileSync(file, 'utf8'), /\(attachments\/[0-9a-f]{64}\.png\)/);
  assert.deepEqual(fs.readFileSync(path.join(path.dirname(file), 'attachments', `${hashOf(chart)}.png`)), chart);

  const download = exports.render('md', scope(), { bom: false, pictures: false });
  assert.doesNotMatch(download.files[0]!.content, /attachments/, 'a download of one file names no picture it cannot carry');
  assert.deepEqual(download.attachments, []);
});

test('HTML (and the PDF printed from it): pictures embedded as data: addresses, the only thing the page may load', () => {
  const html = exports.render('html', scope(), { bom: false }).files[0]!.content;
  const { document } = parseHTML(html);
  assert.equal(
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'),
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  );
  const images = Array.from(document.querySelectorAll('figure img')).map((img) => ({
    highlight: img.closest('figure')!.id,
    alt: img.getAttribute('alt'),
    bytes: Buffer.from(img.getAttribute('src')!.replace(/^data:image\/png;base64,/, ''), 'base64'),
  }));
  assert.deepEqual(images, [
    { highlight: `h-${uuids.caption}`, alt: 'The [harbour] at dawn', bytes: harbour },
    { highlight: `h-${uuids.spanning}`, alt: 'Chart', bytes: chart },
  ]);
  assert.equal(document.querySelectorAll('[src]').length, 2);
  assert.doesNotMatch(exports.preview('html', scope(), { bom: false }).sample, /data:/, 'a preview stays short');
});

test('W3C JSON and Readwise CSV are unchanged by pictures', () => {
  const json = exports.render('json', scope(), { bom: false }).files[0]!.content;
  assert.doesNotMatch(json, /attachments|data:image|[0-9a-f]{64}\.png/);
  assert.equal(JSON.parse(json).first.items.filter((a: { target: unknown }) => Array.isArray((a.target as { selector?: unknown }).selector)).length, 3);
  const rows: Record<string, string>[] = parseCsv(exports.render('csv', scope(), { bom: false }).files[0]!.content, { columns: true });
  assert.deepEqual(rows.map((r) => r.Highlight).sort(), ['Traffic grew by a fifth.\n\n\n\nThe talks continue', 'container quay', 'officials said'].sort());
  assert.ok(rows.every((r) => !/attachments|data:/.test(Object.values(r).join(' '))));
});
