// A worker thread of LiveFacetSnapshot: reads the facet snapshot by a connection of its own and hands its arrays over.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { FacetSnapshotReader, snapshotBuffers } from './FacetSnapshotReader';

export interface SnapshotWorkerData {
  file: string;
  nativeBinding: string | undefined;
}

const { file, nativeBinding } = workerData as SnapshotWorkerData;
const db = new Database(file, { readonly: true, nativeBinding });
try {
  db.pragma('busy_timeout = 5000');
  const read = new FacetSnapshotReader(db).read();
  parentPort!.postMessage(read, snapshotBuffers(read));
} finally {
  db.close();
}
