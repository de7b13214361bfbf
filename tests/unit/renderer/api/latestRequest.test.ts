import assert from 'node:assert/strict';
import { test } from 'node:test';
import { latestRequest, type Outcome } from '../../../../renderer/src/api/latestRequest';

/** Requests that answer when the test says; records what was asked, what was settled, and the most out at once. */
function setup() {
  const out: { input: string; answer(): void; fail(): void }[] = [];
  const asked: string[] = [];
  const settled: Outcome<string, string>[] = [];
  let most = 0;
  const requests = latestRequest(
    (input: string) =>
      new Promise<string>((resolve, reject) => {
        asked.push(input);
        const request = {
          input,
          answer: () => (out.splice(out.indexOf(request), 1), resolve(`rows for ${input}`)),
          fail: () => (out.splice(out.indexOf(request), 1), reject(new Error(`no rows for ${input}`))),
        };
        out.push(request);
        most = Math.max(most, out.length);
      }),
    (outcome) => settled.push(outcome),
  );
  /** Lets the answer's continuation (settling, or asking for the next input) run. */
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  return { requests, out, asked, settled, most: () => most, turn };
}

test('typing while a request is out asks for the last text once it answers, skipping those between, one request at a time', async () => {
  const { requests, out, asked, settled, most, turn } = setup();
  for (const text of ['e', 'el', 'ele', 'elec']) requests.want(text);
  assert.deepEqual(asked, ['e']);
  out[0]!.answer();
  await turn();
  assert.deepEqual(asked, ['e', 'elec']);
  // The answer for "e" came when "elec" was wanted: it is not shown.
  assert.deepEqual(settled, []);
  out[0]!.answer();
  await turn();
  assert.deepEqual(settled, [{ input: 'elec', answer: 'rows for elec' }]);
  assert.equal(most(), 1);
});

test('a text asked at once when nothing is out, and each answer for the newest text is settled', async () => {
  const { requests, out, asked, settled, turn } = setup();
  requests.want('jury');
  out[0]!.answer();
  await turn();
  requests.want('jury trial');
  assert.deepEqual(asked, ['jury', 'jury trial']);
  out[0]!.answer();
  await turn();
  assert.deepEqual(
    settled.map((s) => s.input),
    ['jury', 'jury trial'],
  );
});

test('typing back to the text that is out settles its answer and asks nothing more', async () => {
  const { requests, out, asked, settled, turn } = setup();
  requests.want('tax');
  requests.want('taxi');
  requests.want('tax');
  out[0]!.answer();
  await turn();
  assert.deepEqual(asked, ['tax']);
  assert.deepEqual(settled, [{ input: 'tax', answer: 'rows for tax' }]);
});

test('the same text again asks nothing', async () => {
  const { requests, out, asked, turn } = setup();
  requests.want('budget');
  requests.want('budget');
  out[0]!.answer();
  await turn();
  requests.want('budget');
  assert.deepEqual(asked, ['budget']);
});

test("a failure is settled only for the newest text: an overtaken request's failure asks for the newest", async () => {
  const { requests, out, asked, settled, turn } = setup();
  requests.want('a');
  requests.want('ab');
  out[0]!.fail();
  await turn();
  assert.deepEqual(asked, ['a', 'ab']);
  assert.equal(settled.length, 0);
  out[0]!.fail();
  await turn();
  assert.deepEqual(settled, [{ input: 'ab', error: new Error('no rows for ab') }]);
});

test('once stopped, the request out is told by its signal and nothing more is settled or asked', async () => {
  const signals: AbortSignal[] = [];
  const answers: Array<() => void> = [];
  const settled: string[] = [];
  const requests = latestRequest(
    (input: string, signal: AbortSignal) =>
      new Promise<string>((resolve) => {
        signals.push(signal);
        answers.push(() => resolve(input));
      }),
    (outcome) => settled.push(outcome.input),
  );
  requests.want('minsk');
  requests.want('minsk beijing');
  requests.stop();
  assert.equal(signals[0]!.aborted, true);
  answers[0]!();
  await new Promise((resolve) => setImmediate(resolve));
  requests.want('tianjin');
  assert.equal(signals.length, 1);
  assert.deepEqual(settled, []);
});
