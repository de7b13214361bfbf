import { useCallback, useEffect, useState } from 'react';
import type { RequestOf, ResponseOf } from '../../../electron/common/contract/contract';
import { api, desktopBridge } from '../api/client';
import { offerDownload } from './offerDownload';

export type ExportFormat = RequestOf<'exports.preview'>['format'];
export type ExportScope = RequestOf<'exports.preview'>['scope'];
export type ExportPreview = ResponseOf<'exports.preview'>;

/** What happened to the last export, for the dialog to say. */
export type ExportOutcome = { kind: 'saved'; files: string[] } | { kind: 'downloaded'; fileName: string; print: boolean } | null;

const PREVIEW_DELAY_MS = 150;

/**
 * The export dialog's state: the format (the one last used, to begin with), a preview of what the scope and
 * format give, and the export itself — saved through the desktop app's dialog, or downloaded in browser mode.
 */
export function useExport(scope: ExportScope) {
  const [format, setFormat] = useState<ExportFormat>('md');
  const [bom, setBom] = useState(false);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome>(null);
  const scopeKey = JSON.stringify(scope);

  useEffect(() => {
    let live = true;
    void api.invoke('exports.last', {}).then(
      ({ format: last }) => live && last && setFormat(last),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    let live = true;
    setOutcome(null);
    // Typing in the search box changes the scope at every key: the preview waits for a pause.
    const timer = setTimeout(() => {
      api.invoke('exports.preview', { format, scope: JSON.parse(scopeKey) as ExportScope, bom }).then(
        (answer) => live && (setPreview(answer), setError(null)),
        (err: unknown) => live && (setPreview(null), setError(err instanceof Error ? err.message : String(err))),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [format, scopeKey, bom]);

  const run = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.invoke('exports.write', { format, scope, bom });
      if (result.download) {
        offerDownload(result.download.fileName, result.download.mimeType, result.download.content);
        setOutcome({ kind: 'downloaded', fileName: result.download.fileName, print: result.download.print });
      } else if (result.written.length > 0) setOutcome({ kind: 'saved', files: result.written });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }, [format, scope, bom]);

  return { format, setFormat, bom, setBom, preview, error, busy, outcome, run, desktop: desktopBridge !== undefined };
}
