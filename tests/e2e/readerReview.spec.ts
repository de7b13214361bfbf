import type { Page } from '@playwright/test';
import type { Library } from '../../electron/library/Library';
import { expectAccessible } from './axeScan';
import { expect, type Reader, test } from './readerFixture';

/** One highlight in each seed article, four words from its body: the first red, the second with a note and a tag. */
function annotate(library: Library) {
  const articles = library.db.prepare('SELECT id, title, body FROM articles ORDER BY id').all() as { id: number; title: string; body: string }[];
  return articles.map(({ id, title, body }, i) => {
    const quote = /\p{L}{3,}(?:\s+\p{L}+){3}/u.exec(body.slice(300))![0];
    const h = library.annotations.highlights.create(
      id,
      { quote, occurrence: 1 },
      { color: i === 0 ? 'red' : 'yellow', note: i === 1 ? 'Worth keeping' : '', tags: i === 1 ? ['kept'] : [] },
    );
    return { ...h, title };
  });
}

type Annotated = ReturnType<typeof annotate>;

function cardRow(library: Library, id: number) {
  return library.db.prepare('SELECT shown, due_at, hidden_until, discarded, half_life_days FROM review_cards WHERE highlight_id = ?').get(id) as
    { shown: number; due_at: string | null; hidden_until: string | null; discarded: number; half_life_days: number | null } | undefined;
}

async function openReview(page: Page) {
  await expect(page.getByRole('option')).toHaveCount(5);
  await page.keyboard.press('Shift+R');
  const view = page.getByRole('region', { name: 'Review' });
  await expect(view.locator('.review-card')).toBeVisible();
  return view;
}

/** A review of the five seeds' highlights, opened. */
async function reviewOfFive(page: Page, reader: Reader) {
  const highlights = annotate(reader.library);
  reader.library.review.setSettings({ count: 5 });
  await page.goto(reader.server.url);
  const view = await openReview(page);
  return { highlights, view, progress: view.locator('.review-progress') };
}

/** The highlight the card on screen shows, found by its quote. */
async function current(page: Page, highlights: Annotated) {
  const quote = await page.locator('.review-card mark').textContent();
  const found = highlights.find((h) => h.quote === quote);
  expect(found, `a card shows "${quote}"`).toBeTruthy();
  return found!;
}

test('the review is answered by keys: keep, sooner, later, note, tags, open at the highlight, remembered, discard, Esc', async ({ page, reader }) => {
  const { highlights, view, progress } = await reviewOfFive(page, reader);
  await expect(progress).toHaveText('5 left · 0 answered today');
  // Nothing else answers these letters while the review is open: the list's `s` would star, its `k` move.
  await expect(page.getByRole('region', { name: 'Articles' })).toHaveCount(0);

  const first = await current(page, highlights);
  // The quote stands in its sentence: the text around it is shown, dimmed.
  await expect(view.locator('.review-quote')).toContainText(first.quote);
  expect((await view.locator('.review-quote').textContent())!.length).toBeGreaterThan(first.quote.length);
  await expect(view.locator('.review-source')).toContainText(first.title);
  await page.keyboard.press('k');
  await expect(progress).toHaveText('4 left · 1 answered today');
  expect(cardRow(reader.library, first.id)).toEqual({ shown: 1, due_at: null, hidden_until: null, discarded: 0, half_life_days: null });

  const second = await current(page, highlights);
  expect(second.id).not.toBe(first.id);
  await page.keyboard.press('s');
  await expect(progress).toHaveText('3 left · 2 answered today');
  expect(cardRow(reader.library, second.id)!.due_at).not.toBeNull();

  const third = await current(page, highlights);
  await page.keyboard.press('l');
  await expect(progress).toHaveText('2 left · 3 answered today');
  expect(cardRow(reader.library, third.id)!.hidden_until).not.toBeNull();

  const fourth = await current(page, highlights);
  await page.keyboard.press('n');
  const note = view.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  await note.fill('Said in the review');
  await note.press('Enter');
  await expect(note).toHaveCount(0);
  await expect(view.locator('.review-note')).toHaveText('Said in the review');
  await expect.poll(() => reader.library.annotations.highlights.get(fourth.id).note).toBe('Said in the review');

  await page.keyboard.press('t');
  const tag = view.getByRole('combobox', { name: 'Add a tag (tags)' });
  await expect(tag).toBeFocused();
  await tag.fill('reviewed');
  await tag.press('Enter');
  await tag.press('Escape');
  await expect(view.locator('.review-tags')).toContainText('#reviewed');
  await expect.poll(() => reader.library.annotations.highlights.get(fourth.id).tags).toContain('reviewed');
  await expect(progress).toHaveText('2 left · 3 answered today');

  // `o` opens the card's article at its highlight; the answers still work from there.
  await page.keyboard.press('o');
  const article = page.getByRole('main', { name: 'Article' });
  // A title cut short in the list is the article's whole first sentence as its headline.
  await expect(article.getByRole('heading', { level: 1 })).toContainText(fourth.title.replace(/…$/, ''));
  await expect(article.locator('.article-body mark[data-hl-first]')).toBeFocused();
  await page.keyboard.press('+');
  await expect(progress).toHaveText('1 left · 4 answered today');
  expect(cardRow(reader.library, fourth.id)!.half_life_days).toBe(2);

  const fifth = await current(page, highlights);
  await page.keyboard.press('d');
  await expect(view.locator('.review-done')).toHaveText('Done for today.');
  await expect(progress).toHaveText('5 answered today');
  expect(cardRow(reader.library, fifth.id)!.discarded).toBe(1);
  expect(new Set([first, second, third, fourth, fifth].map((h) => h.id)).size).toBe(5);

  await view.getByRole('heading', { name: 'Review' }).click();
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Articles' }).getByRole('option')).toHaveCount(5);
});

/** Presses `key` the moment the progress line reads `text`, before React has run that render's effects. */
async function pressWhenShown(page: Page, text: string, key: string) {
  await page.evaluate(
    ([text, key]) => {
      const progress = document.querySelector('.review-progress')!;
      new MutationObserver((_, observer) => {
        if (progress.textContent !== text) return;
        observer.disconnect();
        window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      }).observe(progress, { childList: true, characterData: true, subtree: true });
    },
    [text, key],
  );
}

test('a key pressed as the next card appears acts on that card', async ({ page, reader }) => {
  const { highlights, view, progress } = await reviewOfFive(page, reader);
  const first = await current(page, highlights);
  await pressWhenShown(page, '4 left · 1 answered today', 'k');
  await page.keyboard.press('k');
  await expect(progress).toHaveText('3 left · 2 answered today');
  const answered = reader.library.db.prepare('SELECT highlight_id FROM review_cards WHERE shown = 1').pluck().all();
  expect(answered).toHaveLength(2);
  expect(answered).toContain(first.id);

  const third = await current(page, highlights);
  await pressWhenShown(page, '2 left · 3 answered today', 'n');
  await page.keyboard.press('l');
  const note = view.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  const fourth = await current(page, highlights);
  expect(fourth.id).not.toBe(third.id);
  await note.fill('On the card shown');
  await note.press('Enter');
  await expect.poll(() => reader.library.annotations.highlights.get(fourth.id).note).toBe('On the card shown');
  expect(reader.library.annotations.highlights.get(third.id).note).toBe(third.note);
});

test('a themed review draws only what its query finds; the top bar opens it, All highlights takes its place', async ({ page, reader }) => {
  const highlights = annotate(reader.library);
  await page.goto(reader.server.url);
  await expect(page.getByRole('option')).toHaveCount(5);
  const button = page.getByRole('button', { name: 'Review highlights' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const view = page.getByRole('region', { name: 'Review' });
  const theme = view.getByRole('textbox', { name: /^Theme/ });
  const progress = view.locator('.review-progress');
  await expect(progress).toHaveText('5 left · 0 answered today');

  // How many cards a day is the user's: changed here, stored in the library, and the day drawn again.
  await view.getByText('Review settings').click();
  await view.getByRole('spinbutton', { name: 'Cards a day' }).fill('2');
  await expect(progress).toHaveText('2 left · 0 answered today');
  expect(reader.library.review.settings().count).toBe(2);
  await view.getByRole('spinbutton', { name: 'Cards a day' }).fill('10');
  await expect(progress).toHaveText('5 left · 0 answered today');

  const caiQi = reader.library.search.query('person:"Cai Qi"', 5, 0).rows.map((r) => r.id);
  expect(caiQi).toHaveLength(1);
  await theme.fill('person:"Cai Qi"');
  await theme.press('Enter');
  await expect(progress).toHaveText('1 left · 0 answered today');
  await expect(view.locator('.review-card mark')).toHaveText(highlights.find((h) => h.articleId === caiQi[0])!.quote);

  await theme.fill('tag:kept');
  await theme.press('Enter');
  await expect(view.locator('.review-card mark')).toHaveText(highlights[1]!.quote);
  await expect(view.locator('.review-note')).toHaveText('Worth keeping');

  await theme.fill('person:"Nobody Atall"');
  await theme.press('Enter');
  await expect(view.locator('.review-card')).toHaveCount(0);
  await expect(view.locator('.review-done')).toHaveText('Nothing left to review on this theme today.');

  await theme.fill('color:red');
  await theme.press('Enter');
  await expect(progress).toHaveText('1 left · 0 answered today');
  await expect(view.locator('.review-card mark')).toHaveText(highlights[0]!.quote);
  // Choosing a theme gives the keys back to the cards.
  await page.keyboard.press('-');
  await expect(view.locator('.review-done')).toHaveText('Nothing left to review on this theme today.');
  expect(cardRow(reader.library, highlights[0]!.id)!.half_life_days).toBe(0.5);

  await page.keyboard.press('Shift+H');
  await expect(page.getByRole('region', { name: 'Highlights' })).toBeVisible();
  await expect(view).toHaveCount(0);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the Review passes axe in the ${theme} theme, a card shown and its note being edited; ? lists its keys`, async ({ page, reader }) => {
    test.setTimeout(90_000);
    annotate(reader.library);
    reader.library.setSetting('reader.settings', JSON.stringify({ theme }));
    await page.goto(reader.server.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const view = await openReview(page);
    await view.getByText('Review settings').click();
    await expectAccessible(page, 'a card, with the settings open');
    await page.keyboard.press('n');
    await expect(view.getByRole('textbox', { name: 'Note' })).toBeFocused();
    await expectAccessible(page, 'editing the note');
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help.getByRole('region', { name: 'Review' })).toContainText('Shift+R');
  });
}
