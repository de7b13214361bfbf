import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { contract, type Channel, type Envelope } from '../../../electron/common/contract/contract';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers/createHandlers';
import { startWebServer, type RunningWebServer } from '../../../electron/web/webServer';
import { badValues, fieldsOf, namedFields, requestSchema, unbounded, variants } from '../helpers/contractFields';
import { SEEDS, tempDir, tempLibrary } from '../helpers/tempLibrary';

/**
 * Every channel of the contract, through the real dispatch and handler table on a real library, and over HTTP
 * through the browser-mode server: whatever arrives, the answer is an envelope; bad fields are refused with a
 * message that names them; nothing throws, and no stack trace or internal error reaches the caller.
 */
const channels = Object.keys(contract) as Channel[];
const library = tempLibrary();
const handlers = createHandlers({ library, version: 'test', mode: 'desktop', pickImportPaths: async () => [] });
let server: RunningWebServer;
let refused = 0;
let arbitrary = 0;

before(async () => {
  await library.seedOnce(SEEDS);
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  server = await startWebServer({ handlers, staticDir });
});
after(async () => {
  await server.close();
  console.log(`boundary fuzz: ${channels.length} channels; ${refused} malformed requests refused by name; ${arbitrary} arbitrary payloads answered`);
});

function assertRefused(envelope: Envelope<unknown>, channel: string, field: string, what: string): void {
  const label = `${channel} ${field} given ${what}`;
  assert.equal(envelope.ok, false, `${label} was accepted`);
  if (envelope.ok) return;
  assert.equal(envelope.error.code, 'invalid', `${label}: ${envelope.error.message}`);
  assert.ok(namedFields(envelope.error.message, channel).includes(field), `${label}: the message does not name it: ${envelope.error.message}`);
  assert.doesNotMatch(envelope.error.message, /\n\s+at /, `${label}: stack trace`);
  refused++;
}

async function overHttp(channel: string, payload: unknown): Promise<{ status: number; envelope: Envelope<unknown> }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-token': server.token },
    body: JSON.stringify(payload),
  });
  return { status: res.status, envelope: (await res.json()) as Envelope<unknown> };
}

test('every string and list in every request has an upper bound, so an oversized one can be refused', () => {
  const open = channels.flatMap((c) => unbounded(requestSchema(c)).map((where) => `${c}: ${where}`));
  assert.deepEqual(open, [], 'add .max() to these in the contract');
});

for (const channel of channels) {
  test(`${channel}: wrongly typed, out-of-range and oversized fields are refused by name, over IPC and HTTP`, async () => {
    for (const field of fieldsOf(channel)) {
      for (const bad of badValues(field.schema)) {
        await fc.assert(
          fc.asyncProperty(bad.values, async (value) => {
            assertRefused(await dispatch(handlers, channel, field.request(value)), channel, field.path, bad.what);
          }),
          { numRuns: bad.huge ? 1 : 12 },
        );
        // A huge value over HTTP would only test the body limit again, which webServer.test.ts does.
        if (bad.ipcOnly || bad.huge) continue;
        await fc.assert(
          fc.asyncProperty(bad.values, async (value) => {
            const { status, envelope } = await overHttp(channel, field.request(value));
            assert.equal(status, 400);
            assertRefused(envelope, channel, field.path, `${bad.what} over HTTP`);
          }),
          { numRuns: 2 },
        );
      }
    }
  });
}

test('a request that is not an object, or carries an unknown key, is refused naming the request or the key', async () => {
  const notObject = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }));
  const unknownKey = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !['__proto__', 'constructor'].includes(k));
  for (const channel of channels) {
    await fc.assert(
      fc.asyncProperty(notObject, async (payload) => assertRefused(await dispatch(handlers, channel, payload), channel, 'request', 'a non-object')),
      { numRuns: 10 },
    );
    for (const { schema, base } of variants(channel)) {
      const known = new Set(Object.keys(schema.properties ?? {}));
      await fc.assert(
        fc.asyncProperty(
          unknownKey.filter((k) => !known.has(k)),
          fc.jsonValue({ maxDepth: 1 }),
          async (key, value) => {
            const envelope = await dispatch(handlers, channel, { ...base, [key]: value });
            assertRefused(envelope, channel, 'request', `the unknown key ${JSON.stringify(key)}`);
            assert.ok(!envelope.ok && envelope.error.message.includes('Unrecognized key'), `${channel}: ${!envelope.ok && envelope.error.message}`);
          },
        ),
        { numRuns: 10 },
      );
    }
    const { status, envelope } = await overHttp(channel, ['not', 'an', 'object']);
    assert.equal(status, 400);
    assertRefused(envelope, channel, 'request', 'a list over HTTP');
  }
});

test('arbitrary values on every channel get an envelope: never an exception, an internal error or a stack trace', async () => {
  for (const channel of channels) {
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 2 }), async (payload) => {
        const envelope = await dispatch(handlers, channel, payload);
        if (!envelope.ok) {
          assert.notEqual(envelope.error.code, 'internal', `${channel} ${String(JSON.stringify(payload)).slice(0, 80)}: ${envelope.error.message}`);
          assert.doesNotMatch(envelope.error.message, /\n\s+at /);
        }
        arbitrary++;
      }),
      { numRuns: 30 },
    );
  }
});
