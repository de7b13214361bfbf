import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary } from '../../build/scripts/electronNative';
import { dragSelect } from './articleText';

const root = path.resolve(__dirname, '..', '..');
const executablePath = electronBinary();

// The Electron binary cannot be downloaded on every machine (its install fetches it from outside the npm registry):
// there these tests report themselves skipped, never passed.
test.skip(!executablePath, 'No Electron binary is installed here; these tests run wherever one exists.');

const SEED = 'Senior CPC official meets Belarusian president';
const env = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => v !== undefined && k !== 'DOSSIER_DB')) as Record<string, string>;

/** The real app with its own profile folder, as Joplin's fixtures do: nothing leaks between tests. better-sqlite3 is built for it by electronNative.setup.ts. */
async function launch(profile: string) {
  return electron.launch({ executablePath: executablePath!, args: [root, `--user-data-dir=${profile}`], env });
}

async function openSeed(page: Page) {
  await page.getByRole('option').filter({ hasText: SEED }).click();
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED);
  return article;
}

/** Chooses an item of the application menu, as a click on it would, in the app's window. */
async function chooseMenuItem(app: ElectronApplication, id: string) {
  await app.evaluate(
    ({ BrowserWindow, Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.click(undefined, BrowserWindow.getAllWindows()[0]),
    id,
  );
}

test('the desktop app opens on the seeded library with a locked-down renderer', async ({}, testInfo) => {
  test.setTimeout(300_000);
  const app = await launch(testInfo.outputPath('profile'));
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('option')).toHaveCount(5);
    await page.getByRole('option').filter({ hasText: 'Senior CPC official' }).click();
    await expect(page.getByRole('main', { name: 'Article' })).toContainText('Cai Qi');
    const exposure = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { dossier: object }).dossier),
    }));
    expect(exposure).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'onCommand', 'pathForFile'] });
    const opened = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
    await page.evaluate(() => window.open('about:blank'));
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(opened);
  } finally {
    await app.close();
  }
});

test('a second launch opens the same library without importing again', async ({}, testInfo) => {
  test.setTimeout(300_000);
  const profile = testInfo.outputPath('profile');
  const first = await launch(profile);
  const firstWindow = await first.firstWindow();
  await expect(firstWindow.getByRole('option')).toHaveCount(5);
  await first.close();
  const second = await launch(profile);
  try {
    const page = await second.firstWindow();
    await expect(page.getByRole('button', { name: /All articles\s*5/ })).toBeVisible();
  } finally {
    await second.close();
  }
});

test('a highlight made in the desktop app is there, on the same words, after a restart', async ({}, testInfo) => {
  test.setTimeout(300_000);
  const profile = testInfo.outputPath('profile');
  const first = await launch(profile);
  const page = await first.firstWindow();
  await page.getByRole('option').filter({ hasText: 'Senior CPC official' }).click();
  const made = await page.evaluate(async () => {
    const bridge = (
      window as unknown as {
        dossier: { invoke(c: string, r: unknown): Promise<{ ok: boolean; data: { highlight: { articleId: number; start: number; end: number } } }> };
      }
    ).dossier;
    const list = (await bridge.invoke('articles.query', { query: '"Cai Qi"' })) as unknown as { data: { rows: { id: number }[] } };
    return (await bridge.invoke('highlights.create', { articleId: list.data.rows[0]!.id, target: { quote: 'Cai Qi', occurrence: 1 }, note: 'kept' })).data
      .highlight;
  });
  await first.close();
  const second = await launch(profile);
  try {
    const again = await second.firstWindow();
    const kept = await again.evaluate(async (articleId) => {
      const bridge = (
        window as unknown as { dossier: { invoke(c: string, r: unknown): Promise<{ data: { highlights: { start: number; end: number; note: string }[] } }> } }
      ).dossier;
      return (await bridge.invoke('annotations.forArticle', { articleId })).data.highlights;
    }, made.articleId);
    expect(kept.map((h) => [h.start, h.end, h.note])).toEqual([[made.start, made.end, 'kept']]);
  } finally {
    await second.close();
  }
});

// What follows checks what only the Electron binary can: the permission handlers, the app:// protocol, the
// application menu and the single-instance lock, each against the real main process.

test('Copy as quote reaches the system clipboard; other permissions stay refused', async ({}, testInfo) => {
  test.setTimeout(300_000);
  const app = await launch(testInfo.outputPath('profile'));
  try {
    const page = await app.firstWindow();
    const article = await openSeed(page);
    await dragSelect(page, 'a pillar of world peace');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Copy as quote' }).click();
    await expect(article.getByRole('status')).toHaveText('Copied the quote with its source.');
    expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toBe(`“a pillar of world peace”\n— ${SEED}, Xinhua, Sep 3, 2025`);
    const states = await page.evaluate(async () => ({
      notifications: (await navigator.permissions.query({ name: 'notifications' })).state,
      geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
    }));
    expect(states).toEqual({ notifications: 'denied', geolocation: 'denied' });
  } finally {
    await app.close();
  }
});

test('app:// answers a missing file with 404 and types what it serves as browser mode does', async ({}, testInfo) => {
  test.setTimeout(300_000);
  const app = await launch(testInfo.outputPath('profile'));
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('option')).toHaveCount(5);
    const answers = await page.evaluate(async () => {
      const script = document.querySelector<HTMLScriptElement>('script[src]')!.src;
      const [missing, found] = await Promise.all([fetch('app://dossier/assets/missing.js'), fetch(script)]);
      return { missing: [missing.status, missing.headers.get('content-type')], found: [found.status, found.headers.get('content-type')] };
    });
    expect(answers).toEqual({ missing: [404, 'text/plain; charset=utf-8'], found: [200, 'text/javascript; charset=utf-8'] });
  } finally {
    await app.close();
  }
});

test('Edit ▸ Undo and Redo act on the annotations, and on the typing in a focused text field', async ({}, testInfo) => {
  test.setTimeout(300_000);
  const app = await launch(testInfo.outputPath('profile'));
  try {
    const page = await app.firstWindow();
    const article = await openSeed(page);
    const marks = article.locator('.article-body mark.hl [data-o]');
    await dragSelect(page, 'trustworthy');
    await page.keyboard.press('h');
    await expect(marks).toHaveText(['trustworthy']);
    await chooseMenuItem(app, 'undo');
    await expect(article.getByRole('status')).toHaveText('Undone: highlight.');
    await expect(marks).toHaveCount(0);
    await chooseMenuItem(app, 'redo');
    await expect(marks).toHaveText(['trustworthy']);

    await dragSelect(page, 'a pillar of world peace');
    await page.keyboard.press('n');
    const note = page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' });
    await expect(note).toBeFocused();
    await page.keyboard.type('Check the source');
    await chooseMenuItem(app, 'undo');
    await expect(note).not.toHaveValue('Check the source');
    await expect(marks).toHaveText(['a pillar of world peace', 'trustworthy']);
  } finally {
    await app.close();
  }
});

test('a second launch on the same profile quits and has the running app import the file it named', async ({}, testInfo) => {
  test.setTimeout(300_000);
  const profile = testInfo.outputPath('profile');
  const file = testInfo.outputPath('named.md');
  fs.writeFileSync(file, '---\ntitle: Named on the command line\nsource: Test\n---\n\nIt was opened with Dossier.\n');
  const app = await launch(profile);
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('option')).toHaveCount(5);
    const second = spawn(executablePath!, [root, `--user-data-dir=${profile}`, file], { env, stdio: 'ignore' });
    const exit = await new Promise<[number | null, string | null]>((resolve) => second.on('exit', (code, signal) => resolve([code, signal])));
    expect(exit).toEqual([0, null]);
    await expect(page.getByRole('dialog', { name: 'Import summary' })).toContainText('1 added');
    await expect(page.getByRole('option').filter({ hasText: 'Named on the command line' })).toHaveCount(1);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
  }
});
