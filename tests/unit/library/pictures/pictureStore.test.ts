import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { appResponse } from '../../../../electron/appProtocol';
import { createHandlers } from '../../../../electron/api/handlers/createHandlers';
import { readBackup, restoreBackup } from '../../../../electron/library/backup/restoreBackup';
import { writeBackup } from '../../../../electron/library/backup/writeBackup';
import { startWebServer } from '../../../../electron/web/webServer';
import { ROOT, tempDir, tempLibrary } from '../../helpers/tempLibrary';
import { LEAD, MORE, png } from '../../../fixtures/pictures';

/** Two saved pages showing the same photo, each with one of its own. */
function twoPages(): { files: string[]; photo: Buffer } {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'img'));
  const photo = png(30, 10);
  fs.writeFileSync(path.join(dir, 'img', 'photo.png'), photo);
  const files = ['a', 'b'].map((name, i) => {
    fs.writeFileSync(path.join(dir, 'img', `${name}.png`), png(5 + i, 5));
    const file = path.join(dir, `${name}.html`);
    fs.writeFileSync(
      file,
      `<!doctype html><html><body><article><h1>Page ${name}</h1><p>${LEAD}</p><img src="img/photo.png" alt="shared"><img src="img/${name}.png" alt="${name}"><p>${MORE}</p></article></body></html>`,
    );
    return file;
  });
  return { files, photo };
}

const count = (library: ReturnType<typeof tempLibrary>) => library.db.prepare('SELECT count(*) FROM pictures').pluck().get();

test('a picture two articles show is kept once, and goes with the last article that shows it', async () => {
  const library = tempLibrary();
  const { files, photo } = twoPages();
  const results = await library.import(files);
  assert.deepEqual(
    results.map((r) => r.status),
    ['added', 'added'],
  );
  assert.equal(count(library), 3);
  const shared = library.articles.get(results[0]!.id!)!.paragraphs.find((b) => b.picture?.alt === 'shared')!.picture!.hash!;
  assert.deepEqual(library.pictures.get(shared), { type: 'image/png', bytes: photo });

  library.shelves.setTrashed([results[0]!.id!], true);
  library.shelves.emptyTrash();
  assert.equal(count(library), 2, 'the first page’s own picture went; the shared one stays');
  assert.ok(library.pictures.get(shared));
  // The second page changed: it no longer shows the shared photo.
  fs.writeFileSync(files[1]!, fs.readFileSync(files[1]!, 'utf8').replace('<img src="img/photo.png" alt="shared">', ''));
  assert.equal((await library.import([files[1]!]))[0]!.status, 'updated');
  assert.equal(library.pictures.get(shared), undefined);
  assert.equal(count(library), 1);
});

test('the reader gets a picture by its hash alone: browser mode asks for the token; both answer under a policy that runs nothing', async () => {
  const library = tempLibrary();
  const [added] = await library.import([twoPages().files[0]!]);
  const hash = library.articles.get(added!.id!)!.paragraphs.find((b) => b.picture)!.picture!.hash!;
  const server = await startWebServer({
    handlers: createHandlers({ library, version: 'test', mode: 'browser' }),
    staticDir: path.join(ROOT, 'dist', 'renderer'),
    pictures: library.pictures,
  });
  try {
    const at = (p: string) => fetch(`http://127.0.0.1:${server.port}${p}`);
    const ok = await at(`/pictures/${hash}?token=${server.token}`);
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('content-type'), 'image/png');
    assert.match(ok.headers.get('content-security-policy') ?? '', /default-src 'none'.*sandbox/);
    assert.equal(ok.headers.get('x-content-type-options'), 'nosniff');
    assert.deepEqual(Buffer.from(await ok.arrayBuffer()), library.pictures.get(hash)!.bytes);
    assert.equal((await at(`/pictures/${hash}`)).status, 401);
    assert.equal((await at(`/pictures/${'0'.repeat(64)}?token=${server.token}`)).status, 404);
    assert.equal((await at(`/pictures/../library.sqlite?token=${server.token}`)).status, 404);
  } finally {
    await server.close();
  }
  const desktop = await appResponse(path.join(ROOT, 'dist', 'renderer'), `app://dossier/pictures/${hash}`, library.pictures);
  assert.equal(desktop.status, 200);
  assert.equal(desktop.headers.get('content-type'), 'image/png');
  assert.match(desktop.headers.get('content-security-policy') ?? '', /sandbox/);
  assert.equal((await appResponse(path.join(ROOT, 'dist', 'renderer'), `app://dossier/pictures/${'f'.repeat(64)}`, library.pictures)).status, 404);
});

test('a backup carries the pictures, and a restore brings them back to the articles that show them', async () => {
  const library = tempLibrary();
  const results = await library.import(twoPages().files);
  const file = path.join(tempDir(), 'backup.json');
  writeBackup(library, file);
  const restored = tempLibrary();
  restoreBackup(restored, readBackup(file), false);
  const hashes = (lib: ReturnType<typeof tempLibrary>, id: number) =>
    lib.articles.get(id)!.paragraphs.flatMap((b) => (b.picture?.hash ? [b.picture.hash] : []));
  for (const { id } of results) {
    assert.equal(hashes(restored, id!).length, 2);
    for (const hash of hashes(restored, id!)) assert.deepEqual(restored.pictures.get(hash), library.pictures.get(hash));
  }
  assert.equal(count(restored), 3);
});
