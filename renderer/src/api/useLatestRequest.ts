import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { latestRequest, type Outcome } from './latestRequest';

/**
 * Asks for `input` each time it changes (by identity), one request at a time and only for the newest input (see
 * `latestRequest`); null asks for nothing yet. `settle` gets the newest input's outcome; none comes once the
 * component has gone, and the request out is then told so by its signal. Answers whether the newest input is still
 * unsettled, so that what is shown, an older input's, can be marked busy rather than emptied.
 */
export function useLatestRequest<In, Out>(
  input: In | null,
  ask: (input: In, signal: AbortSignal) => Promise<Out>,
  settle: (outcome: Outcome<In, Out>) => void,
): boolean {
  const [settled, setSettled] = useState<{ input: In } | null>(null);
  const onAsk = useEffectEvent(ask);
  const onSettle = useEffectEvent((outcome: Outcome<In, Out>) => {
    setSettled({ input: outcome.input });
    settle(outcome);
  });
  const requests = useRef<ReturnType<typeof latestRequest<In, Out>> | null>(null);
  useEffect(() => {
    requests.current ??= latestRequest(
      (i: In, signal) => onAsk(i, signal),
      (outcome) => onSettle(outcome),
    );
    if (input !== null) requests.current.want(input);
  }, [input]);
  useEffect(
    () => () => {
      requests.current?.stop();
      // A component shown again (as React's development mode does to check effects) asks afresh.
      requests.current = null;
    },
    [],
  );
  return settled?.input !== input;
}
