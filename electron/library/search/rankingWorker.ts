// A worker thread of ParallelRanking: ranks a match's rows from a rowid on, by a read-only connection of its own, and
// answers in memory shared with the asking thread, which waits on it.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { BEST_FIRST, rankingSql } from './rankingSql';
import { ANSWERED, FAILED, rankingAnswer, type RankingAsk, type RankingWorkerData } from './rankingAnswer';

const { file, nativeBinding } = workerData as RankingWorkerData;
const db = new Database(file, { readonly: true, nativeBinding });
db.pragma('busy_timeout = 5000');
const upper = db.prepare<[string, number, number], [number, number]>(rankingSql(BEST_FIRST, '>= ?')).raw();
parentPort!.on('message', ({ match, from, depth, shared }: RankingAsk) => {
  const { state, scores, ids } = rankingAnswer(shared, depth);
  try {
    const rows = upper.all(match, from, depth);
    rows.forEach(([id, score], i) => {
      ids[i] = id;
      scores[i] = score;
    });
    state[1] = rows.length;
    Atomics.store(state, 0, ANSWERED);
  } catch {
    Atomics.store(state, 0, FAILED);
  }
  Atomics.notify(state, 0);
});
// Ready: the connection is open and its statement prepared.
parentPort!.postMessage('ready');
