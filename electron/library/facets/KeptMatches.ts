import type { Database } from 'better-sqlite3';
import { type ChangeMark, type IndexChanges, indexChanges } from '../db/IndexChanges';
import { IndexRevision } from '../db/IndexRevision';
import { StatementCache } from '../db/StatementCache';
import { cutAt, firstFrom, insertedAt } from '../search/idLists';

interface Kept {
  ids: Int32Array;
  revision: number;
  /** Where this connection's text changes stood when `ids` were found; null when they cannot be patched. */
  mark: ChangeMark | null;
}

/**
 * The ids of the articles recent MATCH strings alone find, valid while the full-text index is unchanged. After this
 * connection added, edited or removed a few articles' text, a match's ids are those it had, less the changed
 * articles, plus those of them it finds now: whether an article matches depends on its own text only.
 */
export class KeptMatches {
  private readonly statements: StatementCache;
  private readonly revision: IndexRevision;
  private readonly changes: IndexChanges;
  /** In the order they were last asked, the oldest first. */
  private readonly kept = new Map<string, Kept>();

  constructor(
    db: Database,
    private readonly capacity: number,
  ) {
    this.statements = new StatementCache(db);
    this.revision = new IndexRevision(db);
    this.changes = indexChanges(db);
  }

  /** The ids `match` finds, from `find` (every match, as the index gives them) when neither kept nor patched. */
  get(match: string, find: () => Int32Array): Int32Array {
    const revision = this.revision.current();
    const entry = this.kept.get(match);
    this.kept.delete(match);
    const fresh = entry && (entry.revision === revision ? entry : this.patched(entry, match, revision));
    const found = fresh ?? this.found(find, revision);
    this.kept.set(match, found);
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value as string);
    return found.ids;
  }

  private found(find: () => Int32Array, revision: number): Kept {
    const { value: ids, mark } = this.changes.kept(find);
    return { ids, revision, mark };
  }

  private patched({ ids, mark: before }: Kept, match: string, revision: number): Kept | null {
    const patched = this.changes.patched(before, (changed) => this.patch(ids, match, changed));
    return patched && { ids: patched.value, revision, mark: patched.mark };
  }

  private patch(ids: Int32Array, match: string, changed: number[]): Int32Array {
    // Each changed article looked up by id: a seek in each word's list.
    const now = this.statements
      .get('SELECT j.value FROM json_each(?) j CROSS JOIN articles_fts ON articles_fts.rowid = j.value WHERE articles_fts MATCH ?')
      .pluck()
      .all(JSON.stringify(changed), match) as number[];
    // The ids stay ascending, as the index gives them: each changed one (`changed` holds each once) is found, and put
    // back, by a binary search.
    const cut = changed.map((id) => firstFrom(ids, id)).filter((at, i) => ids[at] === changed[i]);
    const rest = cutAt(
      ids,
      cut.sort((a, b) => a - b),
    );
    const back = now.sort((a, b) => a - b).map((id) => [firstFrom(rest, id), id] as const);
    return insertedAt(rest, back);
  }
}
