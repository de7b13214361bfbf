import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_LAYOUT_HEIGHT, RowLayout } from '../../../../renderer/src/list/RowLayout';

const ROW = 96;
const VIEW = 700;
/** Chromium's tallest element, past which a taller list cannot be scrolled. */
const CHROMIUM_MAX_HEIGHT = 33_554_428;

/** The rows placed when the element is scrolled to `scrollTop` and shows content offset `offset`, with their tops. */
function placed(layout: RowLayout, offset: number, scrollTop: number) {
  const [first, last] = layout.range(offset, 0);
  return Array.from({ length: last - first + 1 }, (_, i) => ({ index: first + i, top: layout.top(first + i, offset, scrollTop) }));
}

/** Whether row `index` is placed whole inside the view. */
function shownWhole(layout: RowLayout, offset: number, scrollTop: number, index: number): boolean {
  const row = placed(layout, offset, scrollTop).find((r) => r.index === index);
  return row !== undefined && row.top >= scrollTop && row.top + ROW <= scrollTop + VIEW;
}

test('a list shorter than the cap is laid out as it is: each row at its own place', () => {
  const layout = new RowLayout(10_000, ROW, VIEW);
  assert.equal(layout.height, 960_000);
  assert.equal(layout.offsetAt(12_345), 12_345);
  assert.deepEqual(
    placed(layout, 9_600, 9_600).map((r) => [r.index, r.top]),
    Array.from({ length: 8 }, (_, i) => [100 + i, (100 + i) * ROW]),
  );
  assert.deepEqual(new RowLayout(0, ROW, VIEW).range(0, 5), [0, -1]);
});

test('a million rows fit under the browsers’ cap, and the top and the bottom of the scroll range show the first and the last row', () => {
  const count = 1_000_000;
  const layout = new RowLayout(count, ROW, VIEW);
  assert.equal(layout.height, MAX_LAYOUT_HEIGHT);
  assert.ok(layout.height < CHROMIUM_MAX_HEIGHT && count * ROW > CHROMIUM_MAX_HEIGHT);
  assert.deepEqual(placed(layout, 0, 0)[0], { index: 0, top: 0 });
  const bottom = layout.height - VIEW;
  const last = placed(layout, layout.offsetAt(bottom), bottom).at(-1)!;
  assert.deepEqual(last, { index: count - 1, top: layout.height - ROW });
  // In between, the rows in view are a row apart, from the top of the view down.
  for (const scrollTop of [1, 4_321_000.5, 10_000_000, bottom - 1]) {
    const rows = placed(layout, layout.offsetAt(scrollTop), scrollTop);
    assert.ok(rows[0]!.top <= scrollTop && rows.at(-1)!.top + ROW >= scrollTop + VIEW, `rows fill the view at ${scrollTop}`);
    rows.slice(1).forEach((r, i) => assert.ok(Math.abs(r.top - rows[i]!.top - ROW) < 1e-6));
  }
});

test('any row of a million is brought into view whole, and a row in view already does not move the list', () => {
  const count = 1_000_000;
  const layout = new RowLayout(count, ROW, VIEW);
  for (const index of [0, 1, 349_525, 500_000, 777_777, count - 2, count - 1]) {
    for (const from of [0, layout.offsetAt(layout.height - VIEW)]) {
      const offset = layout.offsetShowing(index, from);
      const scrollTop = layout.scrollTopFor(offset);
      assert.ok(scrollTop >= 0 && scrollTop <= layout.height - VIEW, `row ${index} within the scroll range`);
      assert.ok(shownWhole(layout, offset, scrollTop, index), `row ${index} shown whole`);
      // The element keeps whole pixels: there, the row is still among those placed, a few pixels off at most.
      const rounded = Math.round(scrollTop);
      assert.ok(
        placed(layout, layout.offsetAt(rounded), rounded).some((r) => r.index === index),
        `row ${index} at a whole pixel`,
      );
      assert.equal(layout.offsetShowing(index, offset), offset, `row ${index} in view already`);
    }
  }
  // The next row down scrolls the list by a row at most.
  const offset = layout.offsetShowing(500_000, 0);
  assert.ok(layout.offsetShowing(500_001, offset) - offset <= ROW);
});
