/**
 * The last few values computed from the library, each dropped as it ages out or all at once when `revision` (asked
 * on each use) says what they were computed from changed.
 */
export class KeptWhile<V> {
  private readonly entries = new Map<string, V>();
  private at: unknown = undefined;

  constructor(
    private readonly revision: () => unknown,
    private readonly capacity: number,
  ) {}

  get(key: string): V | undefined {
    this.check();
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Asked again, it becomes the newest; the oldest is the first in the map's order.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): V {
    this.check();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  private check(): void {
    const now = this.revision();
    if (now !== this.at) {
      this.entries.clear();
      this.at = now;
    }
  }
}
