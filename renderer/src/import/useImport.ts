import { useCallback, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api, invokeWithUploadProgress } from '../api/client';
import { toBase64, type PickedFile } from './readUploads';

export type ImportResult = ResponseOf<'imports.upload'>['results'][number];

export interface ImportState {
  running: boolean;
  /** Browser mode, while the files are sent: bytes of them sent so far, of all. */
  upload: { sent: number; total: number } | null;
  done: number;
  total: number;
  file: string | null;
  /** Set when an import has finished, until the summary is dismissed. */
  results: ImportResult[] | null;
  error: string | null;
}

const IDLE: ImportState = { running: false, upload: null, done: 0, total: 0, file: null, results: null, error: null };
const POLL_MS = 100;
/** Bytes of file content per upload request: large enough to be quick, small enough to show progress. */
const UPLOAD_BATCH_BYTES = 4 * 1024 * 1024;
/** The most files one upload request may carry (the contract's limit). */
const UPLOAD_BATCH_FILES = 500;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Imports in the desktop app (paths) and in browser mode (the files' contents uploaded in batches, with the bytes
 * sent shown as they go). Either way the library imports them as background jobs whose progress is polled file by
 * file, and both end in the same summary.
 */
export function useImport(onFinished: () => void) {
  const [state, setState] = useState<ImportState>(IDLE);

  /** Follows job `jobId` to its end; `before` files of the same import were read by earlier jobs. */
  const follow = useCallback(async (jobId: number, before: number, total: number | null) => {
    for (;;) {
      const status = await api.invoke('imports.status', { jobId });
      setState((s) => ({ ...s, upload: null, done: before + status.done, total: total ?? status.total, file: status.file, error: status.error }));
      if (status.finished) return status;
      await wait(POLL_MS);
    }
  }, []);

  const importPaths = useCallback(
    async (paths: string[]) => {
      if (paths.length === 0) return;
      setState({ ...IDLE, running: true });
      try {
        const { jobId } = await api.invoke('imports.start', { paths });
        const status = await follow(jobId, 0, null);
        setState((s) => ({ ...s, running: false, results: status.results ?? [] }));
      } catch (err) {
        setState((s) => ({ ...s, running: false, results: s.results ?? [], error: messageOf(err) }));
      }
      onFinished();
    },
    [follow, onFinished],
  );

  const importFiles = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) return;
      const totalBytes = files.reduce((sum, f) => sum + f.file.size, 0);
      setState({ ...IDLE, running: true, total: files.length, upload: { sent: 0, total: totalBytes } });
      const results: ImportResult[] = [];
      try {
        // Every batch is sent first (the library starts reading the first while the next is sent), then followed in turn.
        const jobs: { jobId: number; files: number }[] = [];
        let sentBefore = 0;
        for (const batch of batches(files)) {
          const bytes = batch.reduce((sum, f) => sum + f.file.size, 0);
          const payload = await Promise.all(batch.map(async (f) => ({ name: f.name, data: await toBase64(f.file) })));
          const showSent = (sent: number, total: number) =>
            setState((s) => ({ ...s, upload: { sent: sentBefore + (total > 0 ? (bytes * sent) / total : 0), total: totalBytes } }));
          const { jobId } = await invokeWithUploadProgress('imports.startUpload', { files: payload }, showSent);
          jobs.push({ jobId, files: batch.length });
          sentBefore += bytes;
        }
        let before = 0;
        for (const job of jobs) {
          const status = await follow(job.jobId, before, files.length);
          results.push(...(status.results ?? []));
          if (status.error) throw new Error(status.error);
          before += job.files;
        }
        setState((s) => ({ ...s, running: false, results }));
      } catch (err) {
        setState((s) => ({ ...s, running: false, upload: null, results, error: messageOf(err) }));
      }
      onFinished();
    },
    [follow, onFinished],
  );

  const dismiss = useCallback(() => setState(IDLE), []);
  return { state, importPaths, importFiles, dismiss };
}

/** The files in upload requests of about UPLOAD_BATCH_BYTES each. */
function batches(files: PickedFile[]): PickedFile[][] {
  const out: PickedFile[][] = [];
  let batch: PickedFile[] = [];
  let bytes = 0;
  for (const file of files) {
    if (batch.length > 0 && (bytes + file.file.size > UPLOAD_BATCH_BYTES || batch.length === UPLOAD_BATCH_FILES)) {
      out.push(batch);
      [batch, bytes] = [[], 0];
    }
    batch.push(file);
    bytes += file.file.size;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}
