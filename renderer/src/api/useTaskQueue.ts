import { useCallback, useRef } from 'react';

/**
 * Runs the tasks given to `enqueue` one after another, each once the one before has settled: writes sent this way
 * reach the library in the order asked, which HTTP (browser mode) does not promise. A task's failure is its caller's
 * and does not stop the tasks after it.
 */
export function useTaskQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task);
    queue.current = next.catch(() => {});
    return next;
  }, []);
}
