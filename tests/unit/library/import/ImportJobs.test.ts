import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { safeRelativePath } from '../../../../electron/library/import/saveUploads';
import { SEEDS, tempLibrary } from '../../helpers/tempLibrary';

async function finished(library: ReturnType<typeof tempLibrary>, id: number) {
  for (;;) {
    const status = library.imports.status(id)!;
    if (status.finished) return status;
    await new Promise((r) => setTimeout(r, 5));
  }
}

test('a background import reports done/total and ends with every result', async () => {
  const library = tempLibrary();
  const id = library.imports.start([SEEDS]);
  const first = library.imports.status(id)!;
  assert.equal(first.finished, false);
  const status = await finished(library, id);
  assert.equal(status.done, 5);
  assert.equal(status.total, 5);
  assert.deepEqual(
    status.results!.map((r) => r.status),
    Array(5).fill('added'),
  );
  assert.equal(status.error, null);
  assert.equal(library.imports.status(id + 100), undefined);
});

test('imports started together run one after the other', async () => {
  const library = tempLibrary();
  const a = library.imports.start([SEEDS]);
  const b = library.imports.start([SEEDS]);
  assert.deepEqual(
    (await finished(library, a)).results!.map((r) => r.status),
    Array(5).fill('added'),
  );
  assert.deepEqual(
    (await finished(library, b)).results!.map((r) => r.status),
    Array(5).fill('duplicate'),
  );
});

test('uploads are kept in the library folder under safe names and reported by their own names', async () => {
  const library = tempLibrary();
  const data = (text: string) => Buffer.from(text).toString('base64');
  const results = await library.importUploads([
    { name: '../../escape.txt', data: data('Escape attempt\n\nBody.') },
    { name: 'news/a:b?.txt', data: data('Odd name\n\nBody.') },
    { name: '..', data: data('x') },
  ]);
  assert.deepEqual(
    results.map((r) => [r.file, r.status]),
    [
      ['..', 'error'],
      ['../../escape.txt', 'added'],
      ['news/a:b?.txt', 'added'],
    ],
  );
  const uploads = path.join(path.dirname(library.file), 'uploads');
  assert.ok(fs.existsSync(path.join(uploads, 'escape.txt')));
  assert.ok(fs.existsSync(path.join(uploads, 'news', 'a_b_.txt')));
  assert.equal(fs.existsSync(path.join(path.dirname(library.file), '..', 'escape.txt')), false);
});

test('safeRelativePath keeps folders and removes what file systems refuse', () => {
  assert.equal(safeRelativePath('folder/sub/file.md'), path.join('folder', 'sub', 'file.md'));
  assert.equal(safeRelativePath('C:\\Users\\x\\file.txt'), path.join('C_', 'Users', 'x', 'file.txt'));
  assert.equal(safeRelativePath('/etc/passwd'), path.join('etc', 'passwd'));
  assert.equal(safeRelativePath('a\u0000b.txt'), 'a_b.txt');
  assert.equal(safeRelativePath('./../.'), null);
});
