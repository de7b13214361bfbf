import fs from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { expect, test } from './readerFixture';

test('the export dialog previews the notes, then downloads Markdown and CSV whose content is right; the format is remembered', async ({ page, reader }) => {
  const { library } = reader;
  const articleId = library.search.query('"Cai Qi"', 1, 0).rows[0]!.id;
  const article = library.articles.get(articleId)!;
  const { title } = article;
  const highlight = library.annotations.highlights.create(
    articleId,
    { quote: 'Cai Qi', occurrence: 1 },
    { color: 'green', note: 'Who, "exactly"?\nSecond line', tags: ['people of note'] },
  );
  library.annotations.notes.set(articleId, 'Read with *care*');

  await page.goto(reader.server.url);
  await page.getByRole('button', { name: 'Export notes…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Everything' }).check();
  await expect(dialog.getByRole('radio', { name: /^Markdown/ })).toBeChecked();
  await expect(dialog.getByText('1 highlight from 1 article → ', { exact: false })).toHaveText(/^1 highlight from 1 article → .+\.md$/);
  await expect(dialog.getByRole('listitem')).toHaveText([`Cai Qi${title}`]);

  const markdown = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const md = await markdown;
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  const text = fs.readFileSync(await md.path(), 'utf8');
  const [, front, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
  const meta = parseYaml(front!);
  expect(meta).toMatchObject({ title, published: article.published, ...(article.url ? { url: article.url } : { file: article.file }) });
  expect(meta.entities.people).toContain('Alexander Lukashenko');
  expect(body).toContain('## Note\n\nRead with \\*care\\*');
  expect(body).toContain(`> Cai Qi\n\n^h-${highlight.uuid}\n\ngreen · #people-of-note\n\nWho, "exactly"?\nSecond line\n`);
  await expect(dialog.getByRole('status')).toHaveText(`Downloaded ${md.suggestedFilename()}`);

  await dialog.getByRole('radio', { name: /^CSV for Readwise/ }).check();
  await dialog.getByRole('checkbox', { name: /byte-order mark/ }).check();
  await expect(dialog.getByText(/→ .+\.csv$/)).toBeVisible();
  const spreadsheet = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const csv = fs.readFileSync(await (await spreadsheet).path(), 'utf8');
  expect(csv.startsWith('\uFEFFHighlight,Title,Author,URL,Note,Location,Date\r\n')).toBe(true);
  expect(parseCsv(csv, { columns: true, bom: true })).toEqual([
    {
      Highlight: 'Cai Qi',
      Title: title,
      Author: expect.any(String),
      URL: '',
      Note: 'Who, "exactly"?\nSecond line\n.people-of-note',
      Location: '1',
      Date: highlight.created.replace('T', ' ').slice(0, 19),
    },
  ]);

  // Closed and opened again, the dialog offers the format used last.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Export notes…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export notes' }).getByRole('radio', { name: /^CSV for Readwise/ })).toBeChecked();
});

test('an article without notes says there is nothing to export, and nothing can be downloaded', async ({ page, reader }) => {
  await page.goto(reader.server.url);
  await page.getByRole('button', { name: 'Export notes…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await expect(dialog.getByRole('radio', { name: 'This article' })).toBeChecked();
  await expect(dialog.getByText('Nothing to export: no article here has highlights, a note or tags.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled();
  expect(reader.library.articles.count()).toBe(5);
});

test('the highlights ticked in "All highlights" can be exported on their own', async ({ page, reader }) => {
  const { library } = reader;
  const articleId = library.search.query('"Cai Qi"', 1, 0).rows[0]!.id;
  library.annotations.highlights.create(articleId, { quote: 'Cai Qi', occurrence: 1 }, { color: 'yellow', note: '', tags: [] });
  library.annotations.highlights.create(articleId, { quote: 'Lukashenko', occurrence: 1 }, { color: 'red', note: 'left out', tags: [] });

  await page.goto(reader.server.url);
  await page.getByRole('button', { name: /^All highlights/ }).click();
  const entries = page.getByRole('listbox', { name: 'Highlight list' }).getByRole('option');
  await expect(entries).toHaveCount(2);
  await entries.filter({ hasText: 'Cai Qi' }).locator('.hlv-tick').click();
  await expect(entries.filter({ hasText: 'Cai Qi' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'Export selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await expect(dialog.getByRole('radio', { name: 'The selected highlight' })).toBeChecked();
  await dialog.getByRole('radio', { name: /^Markdown/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const text = fs.readFileSync(await (await download).path(), 'utf8');
  expect(text).toContain('> Cai Qi\n');
  expect(text).not.toContain('left out');
});
