import type { Database } from 'better-sqlite3';
import { IndexRevision } from '../db/IndexRevision';
import { StatementCache } from '../db/StatementCache';
import { flagsOf, parseIds } from '../facets/facetSnapshot';

/**
 * The library's ids in title order (ORDER BY title COLLATE NOCASE, id, as SQLite sorts them), kept while the full-text
 * index is unchanged: titles are in it, so a change to one changes it, and read marks do not. A title-sorted page of
 * a query is then its matches picked out along this order: SQL walking the title index tested each article against a
 * set of every match built first (100 ms for a common word at a million articles), and for a rare word walked the
 * whole index.
 */
export class TitleOrder {
  private readonly statements: StatementCache;
  private readonly revision: IndexRevision;
  private kept: { ids: Int32Array; revision: number } | null = null;

  constructor(db: Database) {
    this.statements = new StatementCache(db);
    this.revision = new IndexRevision(db);
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
    if (this.kept?.revision !== revision) {
      const ids = parseIds(
        this.statements.get('SELECT group_concat(id) FROM (SELECT id FROM articles ORDER BY title COLLATE NOCASE, id)').pluck().get() as string | null,
      );
      this.kept = { ids, revision };
    }
    return this.kept.ids;
  }
}
