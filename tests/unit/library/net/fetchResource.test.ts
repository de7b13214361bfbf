import assert from 'node:assert/strict';
import type http from 'node:http';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { FetchError, fetchResource, MAX_REDIRECTS, parseRetryAfter } from '../../../../electron/library/net/fetchResource';
import { loopbackServer, type LoopbackServer } from '../../helpers/loopbackServer';

/** Requests the /held/ route keeps waiting until the test lets them go. */
const held: http.ServerResponse[] = [];
let active = 0;
let mostActive = 0;

let server: LoopbackServer;
before(async () => {
  server = await loopbackServer(serve);
});
after(() => server.close());

function serve(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
  if (hop) {
    const n = Number(hop[1]);
    res.writeHead(302, { location: n === 0 ? '/plain' : `/hop/${n - 1}` }).end();
  } else if (url.pathname === '/plain') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Hello');
  } else if (url.pathname === '/conditional') {
    const fresh = req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Tue, 01 Dec 2026 10:00:00 GMT';
    if (fresh) res.writeHead(304).end();
    else res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT', 'content-type': 'text/plain' }).end('version 1');
  } else if (url.pathname === '/silent') {
    // Headers and never a body: the timeout must cover the body too.
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('partial');
  } else if (url.pathname === '/declared-huge') {
    res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
    res.write(Buffer.alloc(1024));
  } else if (url.pathname === '/streamed-huge') {
    // No declared length: the cap must stop the stream. A chunk at a time, as the client reads.
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    const chunk = Buffer.alloc(64 * 1024, 97);
    const more = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', more);
    };
    more();
  } else if (url.pathname === '/busy') {
    res.writeHead(429, { 'retry-after': '120' }).end();
  } else if (url.pathname === '/down') {
    res.writeHead(503, { 'retry-after': 'Wed, 21 Oct 2037 07:28:00 GMT' }).end();
  } else if (url.pathname.startsWith('/held/')) {
    active++;
    mostActive = Math.max(mostActive, active);
    res.on('close', () => active--);
    held.push(res);
  } else {
    res.writeHead(404).end();
  }
}

test('a resource is fetched with an honest User-Agent, and its type and validators are returned', async () => {
  const got = await fetchResource(server.url('/plain'), { accept: 'text/plain' });
  assert.equal(got.status, 200);
  assert.equal(got.body.toString(), 'Hello');
  assert.equal(got.contentType, 'text/plain; charset=utf-8');
  const seen = server.seen.at(-1)!;
  assert.match(seen.headers['user-agent'] ?? '', /^Dossier\/\d+\.\d+\.\d+ \(\+feed reader\)$/);
  assert.equal(seen.headers.accept, 'text/plain');
});

test('the validators given are sent, and a 304 comes back with an empty body', async () => {
  const first = await fetchResource(server.url('/conditional'));
  assert.equal(first.status, 200);
  assert.equal(first.etag, '"v1"');
  const byEtag = await fetchResource(server.url('/conditional'), { etag: first.etag });
  assert.equal(byEtag.status, 304);
  assert.equal(byEtag.body.length, 0);
  assert.equal(server.seen.at(-1)!.headers['if-none-match'], '"v1"');
  const byDate = await fetchResource(server.url('/conditional'), { lastModified: first.lastModified });
  assert.equal(byDate.status, 304);
  assert.equal(server.seen.at(-1)!.headers['if-modified-since'], 'Tue, 01 Dec 2026 10:00:00 GMT');
});

test(`up to ${MAX_REDIRECTS} redirects are followed and the final address returned; one more is refused`, async () => {
  const got = await fetchResource(server.url(`/hop/${MAX_REDIRECTS - 1}`));
  assert.equal(got.body.toString(), 'Hello');
  assert.equal(got.url, server.url('/plain'));
  await assert.rejects(fetchResource(server.url(`/hop/${MAX_REDIRECTS}`)), (err: unknown) => {
    assert.ok(err instanceof FetchError);
    assert.equal(err.message, `${server.url(`/hop/${MAX_REDIRECTS}`)}: more than ${MAX_REDIRECTS} redirects (the last to ${server.url('/plain')})`);
    return true;
  });
});

test('a server that stops answering is given up on at the time limit, body included', async () => {
  const started = performance.now();
  await assert.rejects(fetchResource(server.url('/silent'), { timeoutMs: 300 }), {
    name: 'FetchError',
    message: `${server.url('/silent')}: no complete answer within 0.3 s`,
  });
  assert.ok(performance.now() - started < 5000);
});

test('a body past the cap is refused, whether its length is declared or only streamed', async () => {
  for (const path of ['/declared-huge', '/streamed-huge']) {
    await assert.rejects(fetchResource(server.url(path), { maxBytes: 1024 * 1024 }), {
      name: 'FetchError',
      message: `${server.url(path)}: the answer is larger than 1 MB`,
    });
  }
});

test('429 and 503 come back with when to try again; other failures are errors naming the address', async () => {
  const busy = await fetchResource(server.url('/busy'));
  assert.equal(busy.status, 429);
  assert.equal(busy.retryAfterMs, 120_000);
  const down = await fetchResource(server.url('/down'));
  assert.equal(down.status, 503);
  assert.ok(down.retryAfterMs! > 300 * 24 * 3600 * 1000, 'an HTTP date, years ahead');
  await assert.rejects(fetchResource(server.url('/missing')), { name: 'FetchError', message: `${server.url('/missing')}: answered 404 Not Found` });
  assert.equal(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000), 6000);
  assert.equal(parseRetryAfter('soon', 0), undefined);
});

test('only http and https are fetched, and an unreachable host is named with the cause', async () => {
  await assert.rejects(fetchResource('file:///etc/passwd'), { message: 'file:///etc/passwd: only http and https addresses are fetched, not file:' });
  await assert.rejects(fetchResource('not a url'), { message: 'not a url: "not a url" is not a web address' });
  const address = `http://127.0.0.1:${await freedPort()}/gone`;
  await assert.rejects(fetchResource(address), { message: `${address}: the connection was refused` });
});

test('at most two requests to one host are open at once; the rest wait their turn', async () => {
  const all = Promise.all([1, 2, 3, 4, 5].map((n) => fetchResource(server.url(`/held/${n}`))));
  let released = 0;
  while (released < 5) {
    await until(() => held.length > 0);
    const res = held.shift()!;
    res.writeHead(200).end(`held ${++released}`);
  }
  const answers = await all;
  assert.equal(answers.length, 5);
  assert.equal(mostActive, 2);
});

/** A loopback port nothing listens on any more. */
async function freedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Waits for a condition the server's callbacks make true. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
