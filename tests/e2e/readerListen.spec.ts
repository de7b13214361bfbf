import type { Page } from '@playwright/test';
import { expectAccessible } from './axeScan';
import { expect, framesPassed, gate, test } from './readerFixture';

/**
 * A scripted stand-in for the platform's speech engine, put in before the page's own scripts. It records what it is
 * asked to say and ends an utterance only when the test says so, so sentence boundaries, the painted sentence and the
 * queue can be checked step by step. The real engine (the OS voices, the sound) cannot be asserted here: these
 * tests check what Dossier asks of it, not what it does.
 */
function speechStandIn(withVoices: boolean): void {
  const spoken: string[] = [];
  let current: SpeechSynthesisUtterance | null = null;
  const voices = withVoices ? [{ voiceURI: 'stand-in', name: 'Stand-in voice', lang: 'en-US', default: true, localService: true }] : [];
  const events = new EventTarget();
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => voices,
    speak(u: SpeechSynthesisUtterance) {
      current = u;
      spoken.push(u.text);
    },
    // As Chromium does, a cancelled utterance ends with an "interrupted" error.
    cancel() {
      const c = current;
      current = null;
      c?.onerror?.call(c, { error: 'interrupted' } as SpeechSynthesisErrorEvent);
    },
    pause() {},
    resume() {},
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.assign(window, {
    speech: {
      spoken,
      /** Ends the utterance being spoken, as the engine does when it has said it all. */
      finish() {
        const c = current;
        current = null;
        c?.onend?.call(c, new Event('end') as SpeechSynthesisEvent);
      },
    },
  });
}

interface Speech {
  spoken: string[];
  finish(): void;
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speech: Speech }).speech.spoken);
const finish = (page: Page) => page.evaluate(() => (window as unknown as { speech: Speech }).speech.finish());
/** The text the spoken-sentence highlight covers, '' without one. */
const painted = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights as unknown as Map<string, Set<Range>>).get('dossier-spoken') ?? [])].map((r) => r.toString()).join('|'));

test('p reads the open article sentence by sentence, the sentence spoken painted and kept in view; [ and ] step, p pauses', async ({ page, reader }) => {
  await page.addInitScript(speechStandIn, true);
  await page.goto(reader.server.url);
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article).toHaveAttribute('aria-busy', 'false');
  const first = reader.library.search.query('', 1, 0).rows[0]!;
  const { body } = reader.library.articles.get(first.id)!;

  await page.keyboard.press('p');
  await expect.poll(() => spoken(page)).toEqual([first.title]);
  await finish(page);
  // The body's first sentence: the text up to its first full stop followed by a space, as the segmenter cuts it.
  const sentences = await spoken(page);
  const one = sentences[1]!;
  expect(body.startsWith(one)).toBe(true);
  expect(one).toMatch(/[.!?]["”’)]?$/);
  await expect.poll(() => painted(page)).toBe(one);

  await page.keyboard.press(']');
  await expect.poll(async () => (await spoken(page)).length).toBe(3);
  const two = (await spoken(page))[2]!;
  expect(body.indexOf(two)).toBeGreaterThan(one.length - 1);
  expect(body.slice(one.length, body.indexOf(two)).trim()).toBe('');
  await expect.poll(() => painted(page)).toBe(two);
  await page.keyboard.press('[');
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe(one);

  const player = page.getByRole('group', { name: 'Read aloud' });
  await page.keyboard.press('p');
  await expect(player.getByRole('button', { name: 'Go on reading aloud' })).toBeVisible();
  const before = (await spoken(page)).length;
  await page.keyboard.press('p');
  await expect(player.getByRole('button', { name: 'Pause reading aloud' })).toBeVisible();
  expect((await spoken(page)).slice(before)).toEqual([one]);

  // Far down the article, the sentence spoken is scrolled into view.
  for (let i = 0; i < 12; i++) await page.keyboard.press(']');
  const far = (await spoken(page)).at(-1)!;
  await expect.poll(() => painted(page)).toBe(far);
  const inView = await page.evaluate(() => {
    const range = [...(CSS.highlights as unknown as Map<string, Set<Range>>).get('dossier-spoken')!][0]!;
    const pane = document.querySelector('main.article-pane')!.getBoundingClientRect();
    const rect = range.getBoundingClientRect();
    return rect.top >= pane.top && rect.bottom <= pane.bottom;
  });
  expect(inView).toBe(true);
  await expect(player.getByRole('combobox', { name: 'Voice' })).toContainText('Stand-in voice');
  await expectAccessible(page, 'reading aloud');

  // In a narrow window the playing player still leaves the page without sideways scrolling.
  await page.setViewportSize({ width: 640, height: 800 });
  await expect(player.getByRole('button', { name: 'Pause reading aloud' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});

test('the queue reads the list article after article, marking each read when it has been heard to its end', async ({ page, reader }) => {
  await page.addInitScript(speechStandIn, true);
  await page.goto(reader.server.url);
  await expect(page.getByRole('main', { name: 'Article' })).toHaveAttribute('aria-busy', 'false');
  const [first, second] = reader.library.search.query('', 2, 0).rows;
  const readAt = (id: number) => reader.library.db.prepare('SELECT read_at FROM articles WHERE id = ?').pluck().get(id) as string | null;
  expect(readAt(first!.id)).toBeNull();

  await page.keyboard.press('p');
  await expect(page.getByRole('group', { name: 'Read aloud' })).toContainText('4 next');
  await expect.poll(() => spoken(page)).toEqual([first!.title]);
  expect(readAt(first!.id), 'not read while it is being read out').toBeNull();
  // Each sentence ended in turn, until the next article's title is spoken (a bounded loop: each step waits for the page).
  for (let i = 0; i < 500 && !(await spoken(page)).includes(second!.title); i++) await finish(page);
  expect(await spoken(page)).toContain(second!.title);
  // Marked read as the next one is asked for, not before.
  await expect.poll(() => readAt(first!.id)).not.toBeNull();
  expect(readAt(second!.id), 'the next one is read when it ends, not when it begins').toBeNull();
  // The article pane, which showed the article just finished, follows the queue.
  await expect(page.getByRole('region', { name: 'Articles' }).getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { level: 1 })).toContainText(second!.title.replace(/…$/, ''));
});

test('the sentence spoken is painted on the article drawn: the next in the queue is painted once its text is shown', async ({ page, reader }) => {
  await page.addInitScript(speechStandIn, true);
  await page.goto(reader.server.url);
  const article = page.getByRole('main', { name: 'Article' });
  await expect(article).toHaveAttribute('aria-busy', 'false');
  const [first, second] = reader.library.search.query('', 2, 0).rows;
  // The queue's next article is asked for by the narrator, then by the pane: the pane's answer is held back, so that
  // the narrator reads the next article while the one before is still drawn.
  const { held, release } = gate();
  let asked = 0;
  await page.route('**/api/articles.get', async (route) => {
    if ((route.request().postDataJSON() as { id: number }).id === second!.id && ++asked === 2) await held;
    await route.continue();
  });
  await page.keyboard.press('p');
  await expect.poll(() => spoken(page)).toEqual([first!.title]);
  for (let i = 0; i < 500 && !(await spoken(page)).includes(second!.title); i++) await finish(page);
  await expect.poll(() => asked).toBe(2);
  // Into the next article's text, past its first sentence (its headline was made from it, so that is not in the text
  // drawn): its sentence is not painted on the text still drawn. The loop above may have ended the title already.
  const at = (await spoken(page)).indexOf(second!.title);
  for (let i = 0; i < 10 && (await spoken(page)).length < at + 3; i++) await finish(page);
  const sentence = (await spoken(page))[at + 2]!;
  expect(reader.library.articles.get(second!.id)!.body).toContain(sentence);
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(first!.title);
  // Two frames on, the sentence would have been painted: React's effects run before the next frame.
  await framesPassed(page, 2);
  expect(await painted(page)).toBe('');
  release();
  await expect.poll(() => painted(page)).toBe(sentence);
});

test('without a voice installed, reading aloud says so and how to add one', async ({ page, reader }) => {
  await page.addInitScript(speechStandIn, false);
  await page.goto(reader.server.url);
  await expect(page.getByRole('main', { name: 'Article' })).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('button', { name: 'Read aloud: this article, then the list' }).click();
  await expect(page.getByRole('alert')).toContainText('No voice is installed for reading aloud');
  await expect(page.getByRole('alert')).toContainText('espeak-ng');
  await expectAccessible(page, 'no voice');
  expect(await spoken(page)).toEqual([]);
});
