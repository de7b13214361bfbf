/**
 * The last few values computed from the library, each dropped as it ages out or once `revision` (asked with its key)
 * says what it was computed from changed: checked when it is asked for, and for all of them when one is kept.
 */
export class KeptWhile<V> {
  private readonly entries = new Map<string, { value: V; at: unknown }>();

  constructor(
    private readonly revision: (key: string) => unknown,
    private readonly capacity: number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    // Asked again, it becomes the newest; the oldest is the first in the map's order.
    this.entries.delete(key);
    if (entry.at !== this.revision(key)) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): V {
    // The values can be large (a flag per article): none outlives its revision for long.
    for (const [kept, entry] of this.entries) if (kept === key || entry.at !== this.revision(kept)) this.entries.delete(kept);
    this.entries.set(key, { value, at: this.revision(key) });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
