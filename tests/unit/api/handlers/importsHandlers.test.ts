import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Channel, RequestOf, ResponseOf } from '../../../../electron/common/contract/contract';
import { contract } from '../../../../electron/common/contract/contract';
import { dispatch } from '../../../../electron/api/dispatch';
import { createHandlers } from '../../../../electron/api/handlers/createHandlers';
import { SEEDS, tempLibrary } from '../../helpers/tempLibrary';

async function browser() {
  const library = tempLibrary();
  await library.seedOnce(SEEDS);
  const handlers = createHandlers({ library, version: 'test', mode: 'browser' });
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const envelope = await dispatch(handlers, channel, request);
    assert.ok(envelope.ok, `${channel}: ${JSON.stringify(envelope)}`);
    return contract[channel].response.parse(envelope.data) as ResponseOf<C>;
  };
  return { library, call };
}

const base64 = (text: string) => Buffer.from(text).toString('base64');

test('an upload answers at once with a job whose progress and results name the files as the browser did', async () => {
  const { library, call } = await browser();
  const seedText = fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS)[0]!), 'utf8');
  const files = [
    ...Array.from({ length: 40 }, (_, i) => ({ name: `folder/note-${i}.txt`, data: base64(`Note ${i}\n\nRound ${i} of the talks.\n`) })),
    { name: 'folder/copy-of-a-seed.txt', data: base64(seedText) },
    { name: 'folder/empty.txt', data: '' },
    { name: '..', data: base64('x') },
  ];
  const { jobId } = await call('imports.startUpload', { files });
  const seen = new Set<string>();
  let status: ResponseOf<'imports.status'>;
  do {
    status = await call('imports.status', { jobId });
    if (status.file) seen.add(status.file);
    await new Promise((resolve) => setImmediate(resolve));
  } while (!status.finished);
  assert.equal(status.error, null);
  assert.equal(status.total, 42, 'the files kept (the one refused by name never reaches the import)');
  assert.equal(status.done, 42);
  assert.ok(
    [...seen].every((name) => name.startsWith('folder/')),
    `progress names uploads by their names: ${[...seen].join(', ')}`,
  );

  const results = status.results!;
  assert.deepEqual(results[0], { file: '..', status: 'error', error: 'the file name is empty or not allowed' });
  const uploads = path.join(path.dirname(library.file), 'uploads');
  const duplicate = results.find((r) => r.file === 'folder/copy-of-a-seed.txt')!;
  assert.equal(duplicate.status, 'duplicate');
  assert.equal(duplicate.title, library.articles.get(duplicate.id!)!.title, 'names the article it duplicates');
  assert.equal(duplicate.path, path.join(uploads, 'folder', 'copy-of-a-seed.txt'));
  const empty = results.find((r) => r.file === 'folder/empty.txt')!;
  assert.deepEqual(empty, { file: 'folder/empty.txt', status: 'error', error: 'the file is empty', path: path.join(uploads, 'folder', 'empty.txt') });
  assert.equal(results.filter((r) => r.status === 'added').length, 40);
  assert.equal(library.articles.count(), 45);
});
