import { onePerConnection } from '../db/onePerConnection';

/**
 * How long the workers stay paused after the last answer: a query being typed asks again within this, and a worker
 * that went on between two answers would be in the middle of a statement when the next one came.
 */
export const QUIET_MS = 250;

/**
 * Whether a connection's owner is answering the reader now (a page of search results), or did a moment ago, in memory
 * shared with the worker threads that read the same library in the background, so that they pause meanwhile
 * (waitWhileForeground). At a million articles the facet snapshot's read takes seconds after the reader opens, when
 * the first searches rank on both cores: beside it, a common word's first ranking took about 1.5 times as long, even
 * with the read at the lowest priority (its pages go through the same caches and memory).
 */
export class Foreground {
  /** How many answers are under way (an Int32), and when the last one ended (a Float64 of Date.now()): shared with the workers. */
  readonly shared = new SharedArrayBuffer(16);
  private readonly running = new Int32Array(this.shared, 0, 1);
  private readonly ended = new Float64Array(this.shared, 8, 1);

  /** Runs `work` in the foreground: the workers that wait on it pause until QUIET_MS after it has returned. */
  during<T>(work: () => T): T {
    Atomics.add(this.running, 0, 1);
    try {
      return work();
    } finally {
      this.ended[0] = Date.now();
      if (Atomics.sub(this.running, 0, 1) === 1) Atomics.notify(this.running, 0);
    }
  }
}

/** The one Foreground of a connection: its searches and the workers reading its library share it. */
export const foregroundOf = onePerConnection(() => new Foreground());

/**
 * In a worker thread: returns once nothing has run in the foreground for QUIET_MS (`shared`: Foreground.shared), at
 * once if nothing has.
 */
export function waitWhileForeground(shared: SharedArrayBuffer): void {
  const running = new Int32Array(shared, 0, 1);
  const ended = new Float64Array(shared, 8, 1);
  for (;;) {
    const n = Atomics.load(running, 0);
    if (n > 0) {
      Atomics.wait(running, 0, n);
      continue;
    }
    const left = ended[0]! + QUIET_MS - Date.now();
    if (left <= 0) return;
    // An answer that starts meanwhile does not wake the wait: the loop finds it under way when the wait ends.
    Atomics.wait(running, 0, 0, left);
  }
}
