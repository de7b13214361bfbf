import { onePerConnection } from '../db/onePerConnection';

/**
 * Whether a connection's owner is answering the reader now (a page of search results), in memory shared with the
 * worker threads that read the same library in the background, so that they pause meanwhile (waitWhileForeground).
 * At a million articles the facet snapshot's read takes seconds after the reader opens, when the first searches rank
 * on both cores: beside it, a common word's first ranking took about 1.5 times as long, even with the read at the
 * lowest priority (its pages go through the same caches and memory).
 */
export class Foreground {
  /** How many answers are under way: an Int32, shared with the workers. */
  readonly shared = new SharedArrayBuffer(4);
  private readonly running = new Int32Array(this.shared);

  /** Runs `work` in the foreground: the workers that wait on it pause until it has returned. */
  during<T>(work: () => T): T {
    Atomics.add(this.running, 0, 1);
    try {
      return work();
    } finally {
      if (Atomics.sub(this.running, 0, 1) === 1) Atomics.notify(this.running, 0);
    }
  }
}

/** The one Foreground of a connection: its searches and the workers reading its library share it. */
export const foregroundOf = onePerConnection(() => new Foreground());

/** In a worker thread: returns once nothing runs in the foreground (`shared`: Foreground.shared), at once if nothing does. */
export function waitWhileForeground(shared: SharedArrayBuffer): void {
  const running = new Int32Array(shared);
  for (let n = Atomics.load(running, 0); n > 0; n = Atomics.load(running, 0)) Atomics.wait(running, 0, n);
}
