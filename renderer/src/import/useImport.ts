import { useCallback, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';
import { toBase64, type PickedFile } from './readUploads';

export type ImportResult = ResponseOf<'imports.upload'>['results'][number];

export interface ImportState {
  running: boolean;
  done: number;
  total: number;
  file: string | null;
  /** Set when an import has finished, until the summary is dismissed. */
  results: ImportResult[] | null;
  error: string | null;
}

const IDLE: ImportState = { running: false, done: 0, total: 0, file: null, results: null, error: null };
const POLL_MS = 150;
/** Bytes of file content per upload request: large enough to be quick, small enough to show progress. */
const UPLOAD_BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Imports in the desktop app (paths, run by the main process as a background job that is polled) and in
 * browser mode (file contents uploaded in batches). Both end in the same summary.
 */
export function useImport(onFinished: () => void) {
  const [state, setState] = useState<ImportState>(IDLE);

  const importPaths = useCallback(
    async (paths: string[]) => {
      if (paths.length === 0) return;
      setState({ ...IDLE, running: true });
      try {
        const { jobId } = await api.invoke('imports.start', { paths });
        for (;;) {
          const status = await api.invoke('imports.status', { jobId });
          setState({ running: !status.finished, done: status.done, total: status.total, file: status.file, results: status.results, error: status.error });
          if (status.finished) break;
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      } catch (err) {
        setState((s) => ({ ...s, running: false, results: s.results ?? [], error: err instanceof Error ? err.message : String(err) }));
      }
      onFinished();
    },
    [onFinished],
  );

  const importFiles = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) return;
      const results: ImportResult[] = [];
      setState({ ...IDLE, running: true, total: files.length });
      try {
        for (let i = 0; i < files.length;) {
          const batch: PickedFile[] = [];
          let bytes = 0;
          while (i < files.length && (batch.length === 0 || bytes + files[i]!.file.size <= UPLOAD_BATCH_BYTES)) {
            bytes += files[i]!.file.size;
            batch.push(files[i++]!);
          }
          setState((s) => ({ ...s, file: batch[0]!.name }));
          const payload = await Promise.all(batch.map(async (f) => ({ name: f.name, data: await toBase64(f.file) })));
          const answer = await api.invoke('imports.upload', { files: payload });
          results.push(...answer.results);
          setState((s) => ({ ...s, done: results.length }));
        }
        setState((s) => ({ ...s, running: false, results }));
      } catch (err) {
        setState((s) => ({ ...s, running: false, results, error: err instanceof Error ? err.message : String(err) }));
      }
      onFinished();
    },
    [onFinished],
  );

  const dismiss = useCallback(() => setState(IDLE), []);
  return { state, importPaths, importFiles, dismiss };
}
