/** How a request ended, with the input it was for. */
export type Outcome<In, Out> = { input: In; answer: Out } | { input: In; error: unknown };

/**
 * Follows an input that changes faster than its requests answer (a query as it is typed): one request at a time,
 * always for the newest input. An input given while a request is out waits for its answer, replacing any waiting
 * before it, so a burst of inputs costs two requests however long it is. Only the newest input's outcome is
 * settled: an answer for an input since replaced is dropped, never shown over what the newer one will show.
 * `stop` (its owner has gone) settles nothing more and aborts the signal given to the request out, so that one
 * that waits in steps (for a job to finish) can end early.
 */
export function latestRequest<In, Out>(ask: (input: In, signal: AbortSignal) => Promise<Out>, settle: (outcome: Outcome<In, Out>) => void) {
  let newest: { input: In } | null = null;
  let asking: AbortController | null = null;
  let stopped = false;

  const run = async (input: In): Promise<void> => {
    const request = (asking = new AbortController());
    let outcome: Outcome<In, Out>;
    try {
      outcome = { input, answer: await ask(input, request.signal) };
    } catch (error) {
      outcome = { input, error };
    }
    asking = null;
    if (stopped) return;
    if (newest?.input === input) settle(outcome);
    else if (newest) void run(newest.input);
  };

  return {
    /** Asks for `input` now, or once the request out has answered; the same input again asks nothing. */
    want(input: In): void {
      if (stopped || newest?.input === input) return;
      newest = { input };
      if (!asking) void run(input);
    },
    stop(): void {
      stopped = true;
      asking?.abort();
    },
  };
}
