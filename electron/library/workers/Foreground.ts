import { onePerConnection } from '../db/onePerConnection';

/**
 * How long the workers stay paused after the last answer: a query being typed asks again within this, and a worker
 * that went on between two answers would be in the middle of a group (up to 40 ms at a million articles) when the
 * next one came.
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
  /** Shared with the workers: how many answers are under way, and when the last one ended (sharedViews). */
  readonly shared = new SharedArrayBuffer(16);
  private readonly views = sharedViews(this.shared);

  /** Runs `work` in the foreground: the workers that wait on it pause until QUIET_MS after it has returned. */
  during<T>(work: () => T): T {
    const { running, ended } = this.views;
    Atomics.add(running, 0, 1);
    try {
      return work();
    } finally {
      Atomics.store(ended, 0, BigInt(Date.now()));
      if (Atomics.sub(running, 0, 1) === 1) Atomics.notify(running, 0);
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
  const { running, ended } = sharedViews(shared);
  for (;;) {
    const n = Atomics.load(running, 0);
    if (n > 0) {
      Atomics.wait(running, 0, n);
      continue;
    }
    // At most QUIET_MS, whatever the clock did meanwhile (set back, the wait would have no end).
    const left = Math.min(QUIET_MS, Number(Atomics.load(ended, 0)) + QUIET_MS - Date.now());
    if (left <= 0) return;
    // An answer that starts meanwhile does not wake the wait: the loop finds it under way when the wait ends.
    Atomics.wait(running, 0, 0, left);
  }
}

/** The answers under way (an Int32), and the Date.now() the last one ended at (a BigInt64, read and written whole). */
function sharedViews(shared: SharedArrayBuffer) {
  return { running: new Int32Array(shared, 0, 1), ended: new BigInt64Array(shared, 8, 1) };
}
