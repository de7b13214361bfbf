import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright';
import type { Library } from '../../electron/library/Library';
import { startWebServer } from '../../electron/web/webServer';
import { handlersFor } from './queryBench';
import { errorMessage, round, summarize, type Summary } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const TYPED = ['election', 'tax bill', '"White House"', 'legislat*', 'budget', 'jury', 'congress', 'president', 'Kennedy', 'Präsident'];
const TIMEOUT_MS = 30_000;

export interface RendererFigures {
  firstListMs: number;
  queryToResults: (Summary & { queries: string[] }) | { error: string };
  selectToArticle: Summary | { error: string };
  pageErrors: string[];
}

// In-page code is passed as strings: tsx's transform can add helpers to functions that do not exist in the page.
// The script ends in `undefined` so evaluate does not wait for the promise, which the action settles; the
// no-op catch keeps a timeout left unawaited (the action itself failed) out of the page's errors.
// t0 is taken in a capturing listener on window, before React's own; t1 when the DOM shows the awaited state.
const arm = (trigger: 'input' | 'click', condition: string): string => `
  window.__bench = new Promise((resolve, reject) => {
    let t0 = 0;
    const done = () => { if (t0 && (${condition})) { observer.disconnect(); resolve(performance.now() - t0); } };
    const observer = new MutationObserver(done);
    window.addEventListener('${trigger}', () => { t0 = performance.now(); queueMicrotask(done); }, { capture: true, once: true });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => {
      observer.disconnect();
      const alert = document.querySelector('[role=alert]')?.textContent;
      reject(new Error(alert ? 'the reader shows: ' + alert : 'timed out waiting for: ' + ${JSON.stringify(condition)}));
    }, ${TIMEOUT_MS});
  });
  window.__bench.catch(() => {});
  undefined;`;
const COUNT = `(document.querySelector('.list-count')?.textContent ?? '')`;
const FIRST_TITLE = `document.querySelector('[role=option] .row-title')`;
const MARK = `document.querySelector('[role=option] mark')`;
const ARTICLE_TITLE = `(document.querySelector('main[aria-label=Article] h1')?.textContent ?? '')`;

/**
 * Typing a query until the list shows its results, and choosing a row until the article shows, in Chromium, on a
 * renderer built from the sources for the run: dist/ may be older than they are, and a copied build looks newer than
 * it is (a copy measured the search box's old 180 ms pause as current).
 */
export async function rendererBench(library: Library, runs: number): Promise<RendererFigures> {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-renderer-'));
  try {
    buildRenderer(staticDir);
    return await measure(library, runs, staticDir);
  } finally {
    fs.rmSync(staticDir, { recursive: true, force: true });
  }
}

function buildRenderer(outDir: string): void {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const config = path.join(ROOT, 'renderer', 'vite.config.ts');
  const built = spawnSync(process.execPath, [vite, 'build', '--config', config, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`building the renderer failed: ${built.stderr.slice(-500)}`);
}

async function measure(library: Library, runs: number, staticDir: string): Promise<RendererFigures> {
  const server = await startWebServer({ handlers: handlersFor(library), staticDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(TIMEOUT_MS);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    const start = performance.now();
    await page.goto(server.url);
    await waitFor(page, FIRST_TITLE);
    const firstListMs = performance.now() - start;
    // Each measure on its own, so a broken search still leaves the selection measured.
    const typed = await typeQueries(page, runs).then((ms) => ({ ...summarize(ms), queries: TYPED }), failure);
    const selected = await selectRows(page, runs).then(summarize, failure);
    return {
      firstListMs: round(firstListMs),
      queryToResults: typed,
      selectToArticle: selected,
      pageErrors: pageErrors.slice(0, 5),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function typeQueries(page: Page, runs: number): Promise<number[]> {
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const baseline = await page.evaluate(COUNT);
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    await search.fill('');
    await waitFor(page, `${COUNT} === ${JSON.stringify(baseline)} && ${FIRST_TITLE} && !${MARK}`);
    // Results are shown when the count is no longer the whole library's and the rows mark the matched words.
    await page.evaluate(arm('input', `/\\d/.test(${COUNT}) && ${COUNT} !== ${JSON.stringify(baseline)} && ${MARK}`));
    await search.fill(TYPED[i % TYPED.length] ?? '');
    const ms = await page.evaluate('window.__bench');
    // The first query also loads code paths and statements for the first time.
    if (i > 0) times.push(Number(ms));
  }
  return times;
}

async function selectRows(page: Page, runs: number): Promise<number[]> {
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
  await waitFor(page, FIRST_TITLE);
  const rows = page.getByRole('option');
  await page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 }).waitFor();
  const times: number[] = [];
  for (let i = 1; times.length < runs && i < runs * 3; i++) {
    const row = rows.nth(i % 8);
    // The row shown already (its headline may be longer than its title in the list: the lead's whole first sentence).
    if ((await row.getAttribute('aria-selected')) === 'true') continue;
    const shown = String(await page.evaluate(ARTICLE_TITLE));
    // Any other title than the one shown: the row's own may be decorated (marks, a star) in the list.
    await page.evaluate(arm('click', `${ARTICLE_TITLE} !== '' && ${ARTICLE_TITLE} !== ${JSON.stringify(shown)}`));
    await row.click();
    times.push(Number(await page.evaluate('window.__bench')));
  }
  return times;
}

const failure = (err: unknown): { error: string } => ({ error: errorMessage(err) });

/** Polls with page.evaluate: waitForFunction evaluates its string with eval, which the reader's CSP forbids. */
async function waitFor(page: Page, condition: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await page.evaluate(`Boolean(${condition})`))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
