// A worker thread of ParsePool: says it is ready once the parsers are loaded, then prepares one file at a time.
import { type MessagePort, workerData } from 'node:worker_threads';
import { prepareArticle, withoutBlocks, type Prepared } from './prepareArticle';

export interface ParseJob {
  file: string;
  bytes: Uint8Array;
  /** Read as plain text, for this reason: the file ran out of its budget on the format's parser. */
  readAsPlainText?: string;
}

/**
 * The prepared file, its article's blocks left out (see withoutBlocks), or `fatal`: a bug rather than a bad file, which
 * stops the import as it would in-process.
 */
export type ParseReply = { ready: true } | { prepared: Prepared } | { fatal: string };

/** The pool's end of a channel of its own, so that it can take a waiting reply synchronously (receiveMessageOnPort). */
const port = (workerData as { port?: MessagePort } | null)?.port;

port?.on('message', ({ file, bytes, readAsPlainText }: ParseJob) => {
  let reply: ParseReply;
  try {
    reply = { prepared: withoutBlocks(prepareArticle(file, bytes, readAsPlainText)) };
  } catch (err) {
    reply = { fatal: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(reply);
});
port?.postMessage({ ready: true } satisfies ParseReply);
