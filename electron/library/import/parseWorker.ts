// A worker thread of ParsePool: prepares the files it is sent, one message each way per file.
import { parentPort } from 'node:worker_threads';
import { prepareArticle } from './prepareArticle';

export interface ParseJob {
  id: number;
  file: string;
  bytes: Uint8Array;
}

/** The prepared file, or `fatal`: a bug rather than a bad file, which stops the import as it would in-process. */
export type ParseReply = { id: number; prepared: ReturnType<typeof prepareArticle> } | { id: number; fatal: string };

parentPort?.on('message', ({ id, file, bytes }: ParseJob) => {
  let reply: ParseReply;
  try {
    reply = { id, prepared: prepareArticle(file, bytes) };
  } catch (err) {
    reply = { id, fatal: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(reply);
});
