import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { bundleScripts } from '../helpers/bundleScripts';
import { BURST_SCRIPTS, crashHighlights } from '../helpers/crashHighlights';
import { crashImport, IMPORT_SCRIPTS } from '../helpers/crashImport';
import { tempDir } from '../helpers/tempLibrary';

// Enough kills to meet each stage of an import and of a burst; `npm run soak` kills more, and CI's time is bounded.
const RUNS = 10;
// A new seed each time explores new timings; a failure prints its seed, and CRASH_SEED replays it.
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
const scripts = bundleScripts([...IMPORT_SCRIPTS, ...BURST_SCRIPTS]);
after(() => scripts.remove());

// The two run side by side: each is mostly a child process starting and being killed.
describe('a process killed with SIGKILL while writing', { concurrency: 2 }, () => {
  test(`dossier import killed ${RUNS} times: sound library, whole batches, annotations untouched, then the import finishes`, async () => {
    const report = await crashImport({ scripts, dir: tempDir(), runs: RUNS, seed: SEED });
    assert.deepEqual(report.problems, []);
    assert.equal(report.survived, RUNS);
    assert.ok(report.killed >= RUNS / 2, `only ${report.killed} of ${RUNS} runs were killed before they finished (seed ${SEED})`);
    assert.equal(report.finalExitCode, 0);
    assert.equal(report.finalArticles, report.files);
    assert.equal(report.bytesLost, 0);
  });

  test(`a burst of highlight writes killed ${RUNS} times: every highlight whole or absent`, async () => {
    const report = await crashHighlights({ scripts, dir: tempDir(), runs: RUNS, seed: SEED });
    assert.deepEqual(report.problems, []);
    assert.equal(report.survived, RUNS);
    assert.equal(report.killed, RUNS);
    assert.ok(report.highlights > RUNS, `${report.highlights} highlights written in ${RUNS} runs`);
  });
});
