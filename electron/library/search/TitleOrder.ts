import type { Database } from 'better-sqlite3';
import { type ChangeMark, type IndexChanges, indexChanges } from '../db/IndexChanges';
import { IndexRevision } from '../db/IndexRevision';
import { StatementCache } from '../db/StatementCache';
import { flagsOf, parseIds } from '../facets/facetSnapshot';
import { cutAt, insertedAt } from './idLists';

interface Kept {
  ids: Int32Array;
  revision: number;
  /** Where this connection's text changes stood when `ids` were found; null when they cannot be patched. */
  mark: ChangeMark | null;
}

/**
 * Past this many changed articles the order is read again: at a million articles each costs 0.3–0.5 ms (a scan to
 * take it out, some twenty comparisons in SQLite to put it back), and reading the whole order 150 ms.
 */
const PLACED_MAX = 200;

/**
 * The library's ids in title order (ORDER BY title COLLATE NOCASE, id, as SQLite sorts them), kept while the full-text
 * index is unchanged: titles are in it, so a change to one changes it, and read marks do not. A title-sorted page of
 * a query is then its matches picked out along this order: SQL walking the title index tested each article against a
 * set of every match built first (100 ms for a common word at a million articles), and for a rare word walked the
 * whole index. After this connection added, edited or removed a few articles, the order is patched: they are taken
 * out and put back where their titles now go.
 */
export class TitleOrder {
  private readonly statements: StatementCache;
  private readonly revision: IndexRevision;
  private readonly changes: IndexChanges;
  private kept: Kept | null = null;

  constructor(db: Database) {
    this.statements = new StatementCache(db);
    this.revision = new IndexRevision(db);
    this.changes = indexChanges(db);
  }

  /** The ids from `offset` to `offset + limit` of `matching` in title order, A to Z or Z to A. */
  page(matching: Int32Array, descending: boolean, offset: number, limit: number): number[] {
    const ids = this.current();
    const wanted = flagsOf(matching);
    const page: number[] = [];
    const end = Math.min(offset + limit, matching.length);
    let seen = 0;
    for (let i = 0; i < ids.length && seen < end; i++) {
      const id = ids[descending ? ids.length - 1 - i : i]!;
      if (wanted[id] === 1 && seen++ >= offset) page.push(id);
    }
    return page;
  }

  private current(): Int32Array {
    const revision = this.revision.current();
    if (this.kept?.revision !== revision) this.kept = (this.kept && this.patched(this.kept, revision)) ?? this.read(revision);
    return this.kept.ids;
  }

  private read(revision: number): Kept {
    const { value: ids, mark } = this.changes.kept(() =>
      parseIds(this.statements.get('SELECT group_concat(id) FROM (SELECT id FROM articles ORDER BY title COLLATE NOCASE, id)').pluck().get() as string | null),
    );
    return { ids, revision, mark };
  }

  private patched({ ids, mark: before }: Kept, revision: number): Kept | null {
    const patched = this.changes.patched(before, (changed) => (changed.length > PLACED_MAX ? null : this.patch(ids, changed)));
    return patched && { ids: patched.value, revision, mark: patched.mark };
  }

  private patch(ids: Int32Array, changed: number[]): Int32Array {
    // Each found by indexOf, a native scan: 0.3 ms over a million ids.
    const rest = cutAt(
      ids,
      changed
        .map((id) => ids.indexOf(id))
        .filter((at) => at >= 0)
        .sort((a, b) => a - b),
    );
    // In title order, so that those placed at the same point go in theirs.
    const placed = this.statements
      .get('SELECT a.id, a.title FROM json_each(?) j CROSS JOIN articles a ON a.id = j.value ORDER BY a.title COLLATE NOCASE, a.id')
      .raw()
      .all(JSON.stringify(changed)) as [number, string][];
    return insertedAt(
      rest,
      placed.map(([id, title]) => [this.position(rest, id, title), id]),
    );
  }

  /** How many of `order` sort before the title and id given, compared by SQLite, whose NOCASE and text order are the order's. */
  private position(order: Int32Array, id: number, title: string): number {
    const before = this.statements
      .get('SELECT CASE WHEN title = @title COLLATE NOCASE THEN id < @id ELSE title < @title COLLATE NOCASE END FROM articles WHERE id = @at')
      .pluck();
    let low = 0;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (before.get({ title, id, at: order[mid] }) === 1) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
