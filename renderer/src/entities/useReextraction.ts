import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api, desktopBridge } from '../api/client';

export type ReextractState = ResponseOf<'entities.reextractStatus'> | null;

const POLL_MS = 400;

/**
 * Re-extraction of entities in the background, with its progress. On opening it catches up the articles an
 * older extractor read (a library from an earlier version); the user can ask for the whole library again, which
 * is asked first (`asking`, with how long it would take) and can be cancelled. `finished` moves each time a run
 * ends, so what shows entities fetches them again.
 */
export function useReextraction() {
  const [state, setState] = useState<ReextractState>(null);
  const [error, setError] = useState<string | null>(null);
  const [finished, setFinished] = useState(0);
  const [asking, setAsking] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const follow = useCallback((jobId: number) => {
    const poll = () =>
      api.invoke('entities.reextractStatus', { jobId }).then(
        (status) => {
          setState(status);
          if (!status.finished) timer.current = setTimeout(poll, POLL_MS);
          else {
            if (status.error) setError(status.error);
            setFinished((n) => n + 1);
          }
        },
        (err: Error) => setError(err.message),
      );
    void poll();
  }, []);

  const start = useCallback(
    (all: boolean) => {
      setError(null);
      api.invoke('entities.reextract', { all }).then(
        ({ jobId }) => jobId !== null && follow(jobId),
        (err: Error) => setError(err.message),
      );
    },
    [follow],
  );

  useEffect(() => {
    start(false);
    return () => clearTimeout(timer.current);
  }, [start]);

  const ask = useCallback(() => setAsking(true), []);
  const answer = useCallback(
    (go: boolean) => {
      setAsking(false);
      if (go) start(true);
    },
    [start],
  );
  const cancel = useCallback(() => {
    if (!state || state.finished) return;
    api.invoke('entities.reextractCancel', { jobId: state.id }).catch((err: Error) => setError(err.message));
  }, [state]);

  useEffect(() => desktopBridge?.onCommand((command) => command === 'reextract-entities' && ask()), [ask]);

  const dismiss = useCallback(() => {
    setState(null);
    setError(null);
  }, []);
  return { state, error, finished, asking, ask, answer, cancel, dismiss };
}
