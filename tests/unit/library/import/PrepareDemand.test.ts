import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PrepareDemand } from '../../../../electron/library/import/PrepareDemand';

/** How many threads were asked for after each batch of `batches`, given as [waited, written] ms. */
function asks(batches: [number, number][]): number[] {
  let asked = 0;
  const demand = new PrepareDemand(() => asked++);
  return batches.map(([waited, written]) => (demand.written(waited, written), asked));
}

test('a writer that rarely waits never asks for another thread, however long the first batch waited', () => {
  const warmingUp: [number, number] = [150, 400];
  const rarely = Array.from({ length: 50 }, (_, i): [number, number] => [i % 10 === 9 ? 200 : 0, 400]);
  assert.equal(asks([[3000, 400], warmingUp, ...rarely]).at(-1), 0);
});

test('a writer that waits over a tenth of its time asks once its first judged batches are in, then counts afresh', () => {
  const waiting = Array.from({ length: 10 }, (): [number, number] => [60, 400]);
  assert.deepEqual(asks([[3000, 400], ...waiting]), [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2]);
});

test('the share is judged over all batches since the first, not batch by batch', () => {
  assert.deepEqual(
    asks([
      [0, 400],
      [0, 400],
      [150, 400],
      [0, 400],
      [0, 400],
      [0, 400],
    ]),
    [0, 0, 0, 0, 0, 0],
    'one batch waiting over a quarter',
  );
  assert.deepEqual(
    asks([
      [0, 400],
      [50, 400],
      [50, 400],
      [50, 400],
      [50, 400],
      [50, 400],
    ]),
    [0, 0, 0, 0, 0, 1],
    'each batch waiting a ninth',
  );
});
