import type { EntityKind } from '../extract/types';

export interface CorrectionRow {
  action: 'rename' | 'merge' | 'kind' | 'hide';
  key: string;
  value: string;
}

/** The user's decisions about entity keys, as the extractor's output is written: later rows override earlier ones. */
export class Corrections {
  private readonly merges = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly kinds = new Map<string, EntityKind>();
  private readonly hidden = new Map<string, boolean>();

  constructor(rows: readonly CorrectionRow[]) {
    for (const { action, key, value } of rows) {
      if (action === 'merge') this.merges.set(key, value);
      else if (action === 'rename') this.names.set(key, value);
      else if (action === 'kind') this.kinds.set(key, value as EntityKind);
      else this.hidden.set(key, value === '1');
    }
  }

  /** The key an extracted key now belongs to, following merges (a cycle, which merging by id cannot make, stops). */
  resolve(key: string): string {
    const seen = new Set<string>();
    let at = key;
    for (let next = this.merges.get(at); next !== undefined && !seen.has(next); next = this.merges.get(at)) {
      seen.add(at);
      at = next;
    }
    return at;
  }

  nameOf(key: string): string | undefined {
    return this.names.get(key);
  }

  kindOf(key: string): EntityKind | undefined {
    return this.kinds.get(key);
  }

  isHidden(key: string): boolean {
    return this.hidden.get(key) ?? false;
  }
}
