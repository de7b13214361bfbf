import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Connection, type Probe, type Unreachable } from '../../../../renderer/src/api/Connection';

const STOPPED: Unreachable = { reason: 'The server is not answering.', gone: false };
const GONE: Unreachable = { reason: 'Start `npm run web` again.', gone: true };

/** A connection whose timers run when the test says, and whose probe answers what the test sets. */
function setup(probeAnswer: () => Unreachable | null = () => STOPPED) {
  const timers: { fn: () => void; ms: number; cancelled: boolean }[] = [];
  const probes: number[] = [];
  const probe: Probe = async () => (probes.push(1), probeAnswer());
  const connection = new Connection(probe, (fn, ms) => {
    const timer = { fn, ms, cancelled: false };
    timers.push(timer);
    return () => void (timer.cancelled = true);
  });
  const pending = () => timers.filter((t) => !t.cancelled);
  const fire = async () => {
    const timer = pending().at(-1)!;
    timer.cancelled = true;
    timer.fn();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { connection, timers, pending, fire, probes };
}

test('requests that fail together are held, one is tried again with growing delays, and all go once it gets through', async () => {
  const { connection, pending, fire, timers } = setup();
  const changes: unknown[] = [];
  connection.subscribe(() => changes.push(connection.snapshot().down));
  const outcomes: string[] = [];
  const a = connection.lost(STOPPED).then((tried) => outcomes.push(`a ${tried}`));
  const b = connection.lost(STOPPED).then((tried) => outcomes.push(`b ${tried}`));
  assert.deepEqual(connection.snapshot().down, { ...STOPPED, trying: false });
  assert.equal(pending().length, 1, 'one try for both');

  await fire();
  assert.deepEqual(outcomes, ['a true'], 'the oldest held request is the one tried');
  assert.equal(connection.snapshot().down?.trying, true);
  // It failed again: held once more, and the next try waits longer.
  const again = connection.lost(STOPPED).then((tried) => outcomes.push(`a again ${tried}`));
  await fire();
  assert.deepEqual(outcomes, ['a true', 'b true']);
  void connection.lost(STOPPED).then((tried) => outcomes.push(`b again ${tried}`));
  assert.deepEqual(
    timers.map((t) => t.ms),
    [500, 1000, 2000],
  );

  connection.reached();
  await Promise.all([a, b, again]);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(outcomes.slice(2).sort(), ['a again false', 'b again false'], 'every held request is released');
  assert.equal(connection.snapshot().down, null);
  assert.equal(pending().length, 0);
  assert.ok(changes.length >= 3);
});

test('the delays stop growing at 10 s', async () => {
  const { connection, fire, timers } = setup();
  void connection.lost(STOPPED);
  for (let i = 0; i < 8; i++) {
    await fire();
    void connection.lost(STOPPED);
  }
  assert.deepEqual(
    timers.map((t) => t.ms),
    [500, 1000, 2000, 4000, 8000, 10000, 10000, 10000, 10000],
  );
});

test('with nothing held, a probe is what is tried, and its answer brings the library back', async () => {
  let answer: Unreachable | null = STOPPED;
  const { connection, fire, probes } = setup(() => answer);
  await connection.check();
  assert.deepEqual(connection.snapshot().down, { ...STOPPED, trying: false }, 'a check while up that fails says so');
  await fire();
  assert.equal(probes.length, 2);
  assert.notEqual(connection.snapshot().down, null);
  answer = null;
  await fire();
  assert.equal(connection.snapshot().down, null);
});

test('a server gone for good is not tried again by itself, only on Retry', async () => {
  const { connection, pending, probes } = setup(() => GONE);
  const held = connection.lost(GONE);
  assert.deepEqual(connection.snapshot().down, { ...GONE, trying: false });
  assert.equal(pending().length, 0);
  connection.retry();
  assert.equal(probes.length, 0, 'the held request is what Retry tries');
  assert.equal(await held, true);
  assert.equal(connection.snapshot().down?.trying, true);
});

test('Retry tries at once and starts the delays again', async () => {
  const { connection, pending, timers } = setup();
  void connection.lost(STOPPED);
  void connection.lost(STOPPED);
  connection.retry();
  assert.equal(pending().length, 0, 'the scheduled try is replaced by this one');
  void connection.lost(STOPPED);
  assert.deepEqual(
    timers.map((t) => t.ms),
    [500, 500],
  );
});
