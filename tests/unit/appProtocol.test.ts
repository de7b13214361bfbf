import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { APP_ORIGIN, appFile, appResponse, isAppUrl } from '../../electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/contentSecurityPolicy';
import { externalLink } from '../../electron/externalLink';
import type { Handlers } from '../../electron/api/handlers/Handlers';
import { startWebServer } from '../../electron/web/webServer';
import { ROOT, tempDir } from './helpers/tempLibrary';

const root = path.join(ROOT, 'dist', 'renderer');

test('app:// serves files of the built renderer, and only those', () => {
  assert.equal(APP_ORIGIN, 'app://dossier');
  assert.equal(appFile(root, 'app://dossier/'), path.join(root, 'index.html'));
  assert.equal(appFile(root, 'app://dossier/index.html?x=1#y'), path.join(root, 'index.html'));
  assert.equal(appFile(root, 'app://dossier/assets/index.js'), path.join(root, 'assets', 'index.js'));
  assert.equal(appFile(root, 'app://dossier/assets/a%20b.css'), path.join(root, 'assets', 'a b.css'));
  // The URL parser already folds dot segments at the root, so these stay inside it; escapes hidden in %2f are refused.
  assert.equal(appFile(root, 'app://dossier/../../etc/passwd'), path.join(root, 'etc', 'passwd'));
  assert.equal(appFile(root, 'app://dossier/%2e%2e/%2e%2e/etc/passwd'), path.join(root, 'etc', 'passwd'));
  for (const url of [
    'app://dossier/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://dossier/..%2f..%2f',
    'app://dossier/index.html%00.js',
    'app://dossier/%E0%A4%A',
    'app://other/index.html',
    'app://user@dossier/index.html',
    'file:///etc/passwd',
    `file://${root}/index.html`,
    'https://dossier/index.html',
    'not a url',
  ]) {
    assert.equal(appFile(root, url), null, url);
  }
});

/** A built renderer in miniature: one file of each kind the reader ships, and one of a kind it does not. */
function rendererFiles(): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'assets'));
  for (const file of [
    'index.html',
    'icon.svg',
    'assets/index.js',
    'assets/index.css',
    'assets/font.woff2',
    'assets/logo.png',
    'assets/data.json',
    'assets/blob.bin',
  ]) {
    fs.writeFileSync(path.join(dir, file), `contents of ${file}`);
  }
  return dir;
}

test('app:// answers a file with its content, its content type, the CSP and nosniff', async () => {
  const dir = rendererFiles();
  const response = await appResponse(dir, 'app://dossier/');
  assert.equal(response.status, 200);
  assert.equal(await response.text(), 'contents of index.html');
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal((await appResponse(dir, 'app://dossier/assets/index.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal((await appResponse(dir, 'app://dossier/assets/blob.bin')).headers.get('content-type'), 'application/octet-stream');
});

test('app:// answers 404 for a file that is not there, a folder, or a path it refuses, rather than failing the request', async () => {
  const dir = rendererFiles();
  for (const url of [
    'app://dossier/assets/missing.js',
    'app://dossier/assets',
    'app://dossier/index.html/x',
    'app://dossier/..%2f..%2fetc%2fpasswd',
    'app://other/index.html',
  ]) {
    const response = await appResponse(dir, url);
    assert.equal(response.status, 404, url);
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8', url);
  }
});

test('app:// and browser mode give every file the same content type', async () => {
  const dir = rendererFiles();
  const server = await startWebServer({ handlers: {} as Handlers, staticDir: dir });
  try {
    for (const file of ['icon.svg', 'assets/index.js', 'assets/index.css', 'assets/font.woff2', 'assets/logo.png', 'assets/data.json', 'assets/blob.bin']) {
      const served = await fetch(`http://127.0.0.1:${server.port}/${file}`);
      assert.equal(served.status, 200, file);
      assert.equal((await appResponse(dir, `app://dossier/${file}`)).headers.get('content-type'), served.headers.get('content-type'), file);
    }
  } finally {
    await server.close();
  }
});

test("the app's own pages are told apart by scheme and host, since Node gives app:// URLs an opaque origin", () => {
  assert.equal(new URL('app://dossier/index.html').origin, 'null');
  assert.equal(isAppUrl('app://dossier/index.html'), true);
  for (const url of [null, undefined, '', 'app://dossier.example/', 'app:dossier', 'file:///app/dossier', 'https://dossier/']) {
    assert.equal(isAppUrl(url), false, String(url));
  }
});

test('only http(s) links are handed to the system browser, in normalised form', () => {
  assert.equal(externalLink('https://example.org/a b'), 'https://example.org/a%20b');
  assert.equal(externalLink('HTTP://Example.org'), 'http://example.org/');
  assert.equal(externalLink('  https://example.org/\n'), 'https://example.org/');
  for (const url of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'app://dossier/index.html',
    'mailto:editor@example.org',
    'smb://host/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox(1)',
    '//example.org/',
    '/relative',
    '',
  ]) {
    assert.equal(externalLink(url), null, url);
  }
});

test("the page's meta CSP is the header's, less frame-ancestors (which a meta tag cannot carry)", () => {
  const html = fs.readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  const header = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
  assert.deepEqual(meta?.split('; '), header);
  assert.match(CONTENT_SECURITY_POLICY, /(^|; )default-src 'none'(;|$)/);
  assert.match(CONTENT_SECURITY_POLICY, /(^|; )script-src 'self'(;|$)/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|https?:|\*/);
});
