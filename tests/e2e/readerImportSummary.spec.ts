import fs from 'node:fs';
import path from 'node:path';
import { createHandlers } from '../../electron/api/handlers/createHandlers';
import { startWebServer } from '../../electron/web/webServer';
import { openWithDesktopBridge, sendCommand } from './desktopBridge';
import { expect, test } from './readerFixture';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('in the desktop app the summary names each duplicate and failure, and shows a failed file in its folder', async ({ page, reader }, testInfo) => {
  const shown: string[] = [];
  // The desktop app's handlers, with the file manager played by a list of the files it was asked to show.
  const server = await startWebServer({
    handlers: createHandlers({ library: reader.library, version: 'test', mode: 'desktop', showInFolder: (file) => shown.push(file) }),
    staticDir: path.resolve(__dirname, '..', '..', 'dist', 'renderer'),
  });
  try {
    const folder = testInfo.outputPath('clippings');
    fs.mkdirSync(folder);
    const seedFile = path.resolve(__dirname, '..', '..', 'seeds', fs.readdirSync(path.resolve(__dirname, '..', '..', 'seeds'))[0]!);
    fs.copyFileSync(seedFile, path.join(folder, 'copy.txt'));
    fs.writeFileSync(path.join(folder, 'empty.txt'), '');
    fs.writeFileSync(path.join(folder, 'new.md'), '---\ntitle: A new clipping\n---\n\nIt is new.\n');
    const seedTitle = reader.library.articles.get(reader.library.articles.findByFile(seedFile)!.id)!.title;

    await openWithDesktopBridge(page, server.url);
    await expect(page.getByRole('option')).toHaveCount(5);
    await sendCommand(page, { importPaths: [folder] });
    const summary = page.getByRole('dialog', { name: 'Import summary' });
    await expect(summary).toContainText('1 added · 0 updated · 1 duplicate · 1 failed');
    await expect(summary.getByRole('list', { name: 'Duplicates' }).getByRole('listitem')).toHaveText([
      new RegExp(`^${escape(path.join(folder, 'copy.txt'))}: already in the library as “${escape(seedTitle)}”`),
    ]);
    const failed = summary.getByRole('list', { name: 'Failed' }).getByRole('listitem');
    await expect(failed).toHaveText([new RegExp(`^${escape(path.join(folder, 'empty.txt'))}: the file is empty`)]);
    await failed.getByRole('button', { name: 'Show empty.txt in its folder' }).click();
    await expect.poll(() => shown).toEqual([path.join(folder, 'empty.txt')]);

    // A file gone since is said, not shown.
    fs.rmSync(path.join(folder, 'empty.txt'));
    await failed.getByRole('button', { name: 'Show empty.txt in its folder' }).click();
    await expect(failed).toContainText(`There is no file at ${path.join(folder, 'empty.txt')} any more.`);
    expect(shown).toHaveLength(1);
  } finally {
    await server.close();
  }
});
