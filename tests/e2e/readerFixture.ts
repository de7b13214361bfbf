import fs from 'node:fs';
import path from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { createHandlers } from '../../electron/api/handlers/createHandlers';
import { Library } from '../../electron/library/Library';
import { startWebServer, type RunningWebServer } from '../../electron/web/webServer';

const root = path.resolve(__dirname, '..', '..');

export interface Reader {
  server: RunningWebServer;
  library: Library;
}

/** Each test gets its own library, seeded like a first launch, served by the real handlers in browser mode. */
export const test = base.extend<{ reader: Reader }>({
  reader: async ({}, use, testInfo) => {
    const staticDir = path.join(root, 'dist', 'renderer');
    if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new Error('Build the renderer first: npm run build');
    const library = Library.create(testInfo.outputPath('library.sqlite'));
    await library.seedOnce(path.join(root, 'seeds'));
    const server = await startWebServer({ handlers: createHandlers({ library, version: 'test', mode: 'browser' }), staticDir, pictures: library.pictures });
    await use({ server, library });
    await server.close();
    library.close();
  },
});

export { expect };

/** The id of the article stored with `title`. */
export function articleIdOf(library: Library, title: string): number {
  return library.db.prepare('SELECT id FROM articles WHERE title = ?').pluck().get(title) as number;
}

/**
 * Waits until article `id`, shown and never opened before, is drawn whole and its place restored (useReadingPosition):
 * until then its text may still move down, and a scroll made by script (no wheel, touch or key) is taken for the
 * layout's and undone. The place restored is stored, one never scrolled as 0: the library has none for it before.
 */
export async function placeRestored(page: Page, library: Library, id: number): Promise<void> {
  await expect(page.getByRole('main', { name: 'Article' })).toHaveAttribute('aria-busy', 'false');
  await expect.poll(() => library.reading.position(id)).toEqual(expect.any(Number));
}

/** A gate for a request held back: `held` settles once `release` is called. */
export function gate(): { held: Promise<void>; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return { held, release };
}

/**
 * Waits `count` frames in the page: what a render scheduled before has been drawn by then (React's effects run before
 * the next frame).
 */
export async function framesPassed(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
        next(frames);
      }),
    count,
  );
}
