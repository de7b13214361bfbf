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
  await expect(summary.getByRole('listitem')).toHaveText(['empty.txt: the file is empty']);
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
    /^builder\.html: read as plain text: its elements are nested \d+ deep \(more than \d+\)$/,
  ]);
  await page.getByRole('option').filter({ hasText: 'A page built 800 deep' }).click();
  await expect(page.getByRole('main', { name: 'Article' })).toContainText('Words from the bottom of the page.');
  expect(reader.library.articles.count()).toBe(6);
});
