import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOTES_WIDTH, paneLayout, TWO_STEP_BELOW, type LayoutInput } from '../../../../renderer/src/app/paneLayout';

/** An article pane of 560 px sets 45 characters a line at the default size. */
const base: LayoutInput = { windowWidth: 1920, articleMin: 560, filtersWidth: 240, listWidth: 360, filtersOpen: true, focus: false };
const at = (windowWidth: number, change: Partial<LayoutInput> = {}) => paneLayout({ ...base, ...change, windowWidth });

test('a wide window shows every pane at its chosen width, notes beside the article', () => {
  assert.deepEqual(at(1920), { twoStep: false, filters: 'inline', listWidth: 360, notes: 'beside' });
});

test('as the window narrows the notes give way first, then the filters, then the list', () => {
  // 1400 − 240 − 360 − 10 leaves 790 px: the article, but not its notes (270 px) beside it.
  assert.deepEqual(at(1440), { twoStep: false, filters: 'inline', listWidth: 360, notes: 'beside' });
  assert.deepEqual(at(1400), { twoStep: false, filters: 'inline', listWidth: 360, notes: 'below' });
  // 1100 − 360 − 10 = 730 ≥ 560 without the filters; 490 < 560 with them: the filters become a drawer.
  assert.deepEqual(at(1100), { twoStep: false, filters: 'drawer', listWidth: 360, notes: 'below' });
  // At 900 the list narrows to leave the article its 560 px, but no less than its own minimum of 260.
  assert.deepEqual(at(900), { twoStep: false, filters: 'drawer', listWidth: 330, notes: 'below' });
});

test('below 900 px, or when list and article no longer fit side by side, they take turns', () => {
  assert.equal(at(TWO_STEP_BELOW - 1).twoStep, true);
  assert.equal(at(TWO_STEP_BELOW).twoStep, false);
  // A larger text size needs a wider article: at 1000 px and an article of at least 740 px, they take turns.
  assert.equal(at(1000, { articleMin: 740 }).twoStep, true);
  assert.equal(at(640).filters, 'drawer');
});

test('the filters stay a drawer when hidden, whatever the width; focus mode hides both panes', () => {
  assert.equal(at(2560, { filtersOpen: false }).filters, 'drawer');
  const focus = at(1280, { focus: true });
  assert.deepEqual([focus.twoStep, focus.filters], [false, 'drawer']);
  // In focus mode the article has the window: its notes go beside it when the window holds both.
  assert.equal(focus.notes, 1280 >= base.articleMin + NOTES_WIDTH ? 'beside' : 'below');
  assert.equal(at(1280, { focus: true, articleMin: 1100 }).notes, 'below');
});

test('a list width chosen wider than the window allows is narrowed, never below its minimum', () => {
  assert.equal(at(1280, { listWidth: 720, filtersOpen: false }).listWidth, 1280 - 10 - 560);
  assert.equal(at(900, { listWidth: 720 }).listWidth, 330);
  assert.equal(at(1920, { listWidth: 260 }).listWidth, 260);
});
