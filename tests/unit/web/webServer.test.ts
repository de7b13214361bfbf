import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { contract } from '../../../electron/common/contract/contract';
import { createHandlers } from '../../../electron/api/handlers/createHandlers';
import { refuseRequest } from '../../../electron/web/refuseRequest';
import { startWebServer, type RunningWebServer } from '../../../electron/web/webServer';
import { SEEDS, tempDir, tempLibrary } from '../helpers/tempLibrary';

let server: RunningWebServer;
const library = tempLibrary();
const staticDir = tempDir();

before(async () => {
  await library.seedOnce(SEEDS);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  server = await startWebServer({ handlers: createHandlers({ library, version: 'test', mode: 'browser' }), staticDir });
});
after(() => server.close());

/** A raw request, so Host and Origin can be set as an attacker would. */
function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string; host?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: options.host ?? '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  request({
    path: `/api/${channel}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-token': server.token, ...headers },
    body: JSON.stringify(body),
  });

test('listens on 127.0.0.1 and prints a URL carrying the token', () => {
  assert.match(server.url, new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=.{20,}$`));
});

test('the API answers with the token and refuses without it or with a wrong one', async () => {
  const ok = await api('articles.list', { limit: 3 });
  assert.equal(ok.status, 200);
  assert.equal(JSON.parse(ok.body).data.total, 5);
  assert.equal((await api('articles.list', {}, { 'x-dossier-token': '' })).status, 401);
  assert.equal((await api('articles.list', {}, { 'x-dossier-token': `${server.token}x` })).status, 401);
  assert.equal((await request({ path: '/api/articles.list', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status, 401);
});

test('requests from another origin or for another host name are refused', async () => {
  assert.equal((await api('articles.list', {}, { origin: 'http://evil.example' })).status, 403);
  assert.equal((await api('articles.list', {}, { origin: 'null' })).status, 403);
  assert.equal((await api('articles.list', {}, { host: 'evil.example' })).status, 403);
  assert.equal((await api('articles.list', {}, { origin: `http://localhost:${server.port}` })).status, 200);
});

test('every channel refuses a request without the token, from another origin or for another host, before running it', async () => {
  for (const channel of Object.keys(contract)) {
    const body = { name: `sneaky ${channel}`, query: 'x' };
    assert.equal((await api(channel, body, { 'x-dossier-token': 'guess' })).status, 401, channel);
    assert.equal(
      (await request({ path: `/api/${channel}`, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
      401,
      channel,
    );
    assert.equal((await api(channel, body, { origin: 'http://evil.example' })).status, 403, channel);
    assert.equal((await api(channel, body, { origin: `http://127.0.0.1:${server.port + 1}` })).status, 403, channel);
    assert.equal((await api(channel, body, { host: `evil.example:${server.port}` })).status, 403, channel);
  }
  assert.deepEqual(library.views.list(), [], 'views.save never ran');
});

test('a peer with a non-loopback address is refused, whatever its headers say', () => {
  const req = (remoteAddress: string | undefined, headers: Record<string, string> = { host: '127.0.0.1:8000' }) => ({ socket: { remoteAddress }, headers });
  for (const peer of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) assert.equal(refuseRequest(req(peer), 8000), null, peer);
  for (const peer of ['192.168.1.20', '10.0.0.1', '::ffff:192.168.1.20', 'fe80::1', '127.0.0.2', '0.0.0.0', undefined]) {
    assert.equal(refuseRequest(req(peer), 8000), 'Only this computer may connect.', String(peer));
  }
  assert.equal(refuseRequest(req('127.0.0.1', { host: 'localhost:8000', origin: 'http://localhost:8000' }), 8000), null);
  assert.equal(refuseRequest(req('127.0.0.1', { host: 'evil.example:8000' }), 8000), 'Wrong Host header.');
  assert.equal(refuseRequest(req('127.0.0.1', { host: '127.0.0.1:8001' }), 8000), 'Wrong Host header.');
  assert.equal(refuseRequest(req('127.0.0.1', {}), 8000), 'Wrong Host header.');
  assert.equal(refuseRequest(req('127.0.0.1', { host: '127.0.0.1:8000', origin: 'https://127.0.0.1:8000' }), 8000), 'Requests from other sites are refused.');
});

test('a peer that is not on this computer cannot connect', { skip: externalAddress() ? false : 'no non-loopback address here' }, async () => {
  const res = await request({ path: '/', host: externalAddress()! }).catch((err: NodeJS.ErrnoException) => ({ status: err.code }));
  // The server listens on loopback only, so another interface's address cannot even connect.
  assert.equal(res.status, 'ECONNREFUSED');
});

test('malformed bodies and wrong methods get clear errors, never a trace', async () => {
  const notJson = await request({
    path: '/api/articles.list',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-token': server.token },
    body: '{nope',
  });
  assert.equal(notJson.status, 400);
  assert.match(JSON.parse(notJson.body).error.message, /not JSON/);
  const big = await api('articles.query', { query: 'x'.repeat(41 * 1024 * 1024) });
  assert.equal(big.status, 400);
  assert.match(JSON.parse(big.body).error.message, /too large/);
  const invalid = await api('articles.get', { id: 'x' });
  assert.equal(invalid.status, 400);
  assert.match(JSON.parse(invalid.body).error.message, /^Invalid request for articles\.get: id:/);
  const get = await request({ path: '/api/articles.list', headers: { 'x-dossier-token': server.token } });
  assert.equal(get.status, 405);
  const badEscape = await api('%E0%A4%A', {});
  assert.equal(badEscape.status, 400);
});

test('the page needs the token; assets are served with the CSP and never outside the folder', async () => {
  assert.equal((await request({ path: '/' })).status, 401);
  const page = await request({ path: `/?token=${encodeURIComponent(server.token)}` });
  assert.equal(page.status, 200);
  assert.match(String(page.headers['content-security-policy']), /default-src 'none'; script-src 'self'/);
  assert.equal((await request({ path: '/../../etc/passwd' })).status, 404);
  assert.equal((await request({ path: '/%2e%2e/%2e%2e/etc/passwd' })).status, 404);
});

function externalAddress(): string | null {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}
