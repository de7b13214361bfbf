// A worker thread of LiveFacetSnapshot: reads the facet snapshot by a connection of its own and hands its arrays over.
// At its lowest priority, and pausing while a search is answered (Foreground): at a million articles it reads for
// seconds after the reader opens, when the first searches rank on both cores (ParallelRanking), and a typed query's
// list matters more than the filter counts.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { FacetSnapshotReader, snapshotBuffers } from './FacetSnapshotReader';
import { lowerThreadPriority } from '../workers/lowerThreadPriority';
import { waitWhileForeground } from '../workers/Foreground';

export interface SnapshotWorkerData {
  file: string;
  nativeBinding: string | undefined;
  /** Foreground.shared of the connection that asked. */
  foreground: SharedArrayBuffer;
}

lowerThreadPriority();
const { file, nativeBinding, foreground } = workerData as SnapshotWorkerData;
const db = new Database(file, { readonly: true, nativeBinding });
try {
  db.pragma('busy_timeout = 5000');
  const read = new FacetSnapshotReader(db).read(() => waitWhileForeground(foreground));
  parentPort!.postMessage(read, snapshotBuffers(read));
} finally {
  db.close();
}
