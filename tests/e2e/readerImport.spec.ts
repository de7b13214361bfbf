import path from 'node:path';
import { expect, test } from './readerFixture';

test('importing files in browser mode shows progress, then a summary with each failure, and lists the new article', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  await page.getByLabel('Files to import').setInputFiles([
    {
      name: 'minsk-forum.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(' date 2024-11-02 Minsk hosts a Eurasian security forum\n\nMINSK, 2 Nov — Delegations from forty countries met in Minsk.\n'),
    },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    {
      name: 'story.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('---\ntitle: Tianjin port expands\ndate: 2024-10-01\n---\n\nThe **port** of Tianjin grew again.\n'),
    },
  ]);
  const summary = page.getByRole('dialog', { name: 'Import summary' });
  await expect(summary).toContainText('2 added · 0 updated · 0 duplicate · 1 failed');
  const failed = summary.getByRole('list', { name: 'Failed' }).getByRole('listitem');
  await expect(failed).toHaveText([/^empty\.txt: the file is empty\b/]);
  // A browser cannot open a folder: the button shows where the file is kept, to copy.
  await failed.getByRole('button', { name: 'Show where empty.txt is' }).click();
  const where = failed.getByRole('textbox', { name: 'Path of empty.txt' });
  await expect(where).toHaveValue(path.join(path.dirname(reader.library.file), 'uploads', 'empty.txt'));
  await expect(where).toBeFocused();
  expect(await where.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe((await where.inputValue()).length);
  await expect(page.getByRole('option')).toHaveCount(7);
  await expect(page.getByRole('option').filter({ hasText: 'Minsk hosts a Eurasian security forum' })).toBeVisible();
  await expect(page.getByRole('button', { name: /All articles\s*7/ })).toBeVisible();

  await page.getByRole('button', { name: 'Close the import summary' }).click();
  await expect(summary).toHaveCount(0);

  // The same file again is a duplicate, not a second article.
  await page.getByLabel('Files to import').setInputFiles([
    {
      name: 'minsk-forum.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(' date 2024-11-02 Minsk hosts a Eurasian security forum\n\nMINSK, 2 Nov — Delegations from forty countries met in Minsk.\n'),
    },
  ]);
  await expect(summary).toContainText('0 added · 0 updated · 1 duplicate · 0 failed');
  await expect(summary.getByRole('list', { name: 'Duplicates' }).getByRole('listitem')).toHaveText([
    /^minsk-forum\.txt: already in the library as “Minsk hosts a Eurasian security forum”/,
  ]);
  await expect(page.getByRole('option')).toHaveCount(7);
});

test('a page its parser would take too long over is imported as plain text, and the summary says why', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  const deep = `<title>A page built 800 deep</title><body>${'<div>'.repeat(800)}Words from the bottom of the page.`;
  await page.getByLabel('Files to import').setInputFiles([{ name: 'builder.html', mimeType: 'text/html', buffer: Buffer.from(deep) }]);
  const summary = page.getByRole('dialog', { name: 'Import summary' });
  await expect(summary).toContainText('1 added · 0 updated · 0 duplicate · 0 failed (1 read as plain text)');
  await expect(summary.getByRole('list', { name: 'Read as plain text' }).getByRole('listitem')).toHaveText([
    /^builder\.html: read as plain text: its elements are nested \d+ deep \(more than \d+\) Show file$/,
  ]);
  await page.getByRole('option').filter({ hasText: 'A page built 800 deep' }).click();
  await expect(page.getByRole('main', { name: 'Article' })).toContainText('Words from the bottom of the page.');
  expect(reader.library.articles.count()).toBe(6);
});

test('in browser mode an import shows the upload, then moves through the files as they are read', async ({ page, reader }) => {
  // Sent in four uploads of at most 500 files, each read as a job of its own and followed to its end in turn: the bar
  // shows at least 500, 1,000 and 1,500 read on the way, however fast the library reads (a few polls of one job would not).
  const FILES = 2000;
  test.setTimeout(90_000);
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  // Every line the progress bar shows, as it shows it: recorded in the page, so none is missed between two looks.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { progressSeen: seen });
    new MutationObserver(() => {
      const line = document.querySelector('.import-status .import-line')?.textContent;
      if (line && seen.at(-1) !== line) seen.push(line);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByLabel('Files to import').setInputFiles(
    Array.from({ length: FILES }, (_, i) => ({
      name: `talks-${String(i).padStart(3, '0')}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(
        ` date 2024-05-${String((i % 28) + 1).padStart(2, '0')} Round ${i} of the grain talks\n\nRound ${i} ended without a deal in Minsk.\n`,
      ),
    })),
  );
  const summary = page.getByRole('dialog', { name: 'Import summary' });
  await expect(summary).toContainText(`${FILES} added · 0 updated · 0 duplicate · 0 failed`, { timeout: 60_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  const files = FILES.toLocaleString('en');
  expect(seen[0]).toMatch(new RegExp(`^Uploading [\\d.,]+ (KB|MB) of [\\d.,]+ (KB|MB) \\(${files} files\\)$`));
  const read = [...new Set(seen.flatMap((line) => line.match(new RegExp(`^Reading file ([\\d,]+) of ${files}`))?.[1] ?? []))].map((n) =>
    Number(n.replaceAll(',', '')),
  );
  expect(read.filter((n) => n > 0 && n < FILES).length, `lines seen: ${seen.join(' | ')}`).toBeGreaterThanOrEqual(3);
  expect(read).toEqual([...read].sort((a, b) => a - b));
});
