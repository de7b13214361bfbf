import type { Database, Statement } from 'better-sqlite3';

/** Where the list of changed articles stood, and what other connections had written then. */
export interface ChangeMark {
  at: number;
  dataVersion: number;
}

/** Ids listed before the oldest are dropped: past this many, ranking again costs less than patching. */
const KEPT = 2048;

/**
 * The articles whose text this connection added, changed or removed since a mark: every row the full-text index's
 * triggers on `articles` write, seen by temporary triggers of this connection on the same events (none in the file),
 * but for a row written again with the same text, which the index holds as it did (same words, same rowid).
 * A change by another connection moves `data_version`, and the list then says nothing (null); so do marks older than
 * the ids kept, and a library whose index is written by anything else than triggers on `articles`.
 */
export class IndexChanges {
  private readonly dataVersion: Statement;
  private readonly ids: number[] = [];
  /** Whether each of `ids` was added (an INSERT), rather than changed or removed. */
  private readonly inserted: boolean[] = [];
  /** Changes listed before `ids[0]`. */
  private dropped = 0;
  private readonly watching: boolean;

  constructor(private readonly db: Database) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.watching = this.watch();
  }

  /** Where the list stands, or null when it cannot say what changes next (inside a transaction, or not watching). */
  mark(): ChangeMark | null {
    if (!this.watching || this.db.inTransaction) return null;
    return { at: this.dropped + this.ids.length, dataVersion: this.dataVersion.get() as number };
  }

  /** The distinct ids changed since `mark`, or null when they cannot all be known. */
  since(mark: ChangeMark): number[] | null {
    if (this.db.inTransaction || mark.at < this.dropped || this.dataVersion.get() !== mark.dataVersion) return null;
    return [...new Set(this.ids.slice(mark.at - this.dropped))];
  }

  /** Of the ids changed since `mark`, those that were not in the library then: their first change since is an insert. */
  addedSince(mark: ChangeMark): Set<number> {
    const added = new Set<number>();
    const seen = new Set<number>();
    for (let i = Math.max(0, mark.at - this.dropped); i < this.ids.length; i++) {
      const id = this.ids[i]!;
      if (!seen.has(id) && this.inserted[i]) added.add(id);
      seen.add(id);
    }
    return added;
  }

  private watch(): boolean {
    const writers = this.db
      .prepare("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%articles\\_fts%' ESCAPE '\\'")
      .raw()
      .all() as [string, string][];
    const events = writers.map(([table, sql]) =>
      table === 'articles' ? /\bAFTER\s+(INSERT|DELETE|UPDATE(?:\s+OF\s+[\w\s,]+?)?)\s+ON\s/i.exec(sql)?.[1] : undefined,
    );
    if (events.length === 0 || events.some((e) => e === undefined)) return false;
    this.db.function('dossier_text_changed', { deterministic: false, varargs: true }, (insert: unknown, ...ids: unknown[]) => {
      for (const id of ids) {
        this.ids.push(Number(id));
        this.inserted.push(insert === 1);
      }
      if (this.ids.length > KEPT) {
        this.dropped += this.ids.splice(0, this.ids.length - KEPT).length;
        this.inserted.splice(0, this.inserted.length - KEPT);
      }
      return null;
    });
    // The index's columns are the articles' columns of the same names (external content).
    const columns = this.db.prepare("SELECT name FROM pragma_table_info('articles_fts')").pluck().all() as string[];
    const sameText = ['id', ...columns].map((c) => `old."${c}" IS new."${c}"`).join(' AND ');
    [...new Set(events as string[])].forEach((event, i) => {
      const [call, when] = /^INSERT/i.test(event)
        ? ['1, new.id', '']
        : /^DELETE/i.test(event)
          ? ['0, old.id', '']
          : ['0, old.id, new.id', `WHEN NOT (${sameText})`];
      this.db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS dossier_text_changed_${i} AFTER ${event} ON main.articles ${when} BEGIN SELECT dossier_text_changed(${call}); END`,
      );
    });
    return true;
  }
}

const shared = new WeakMap<Database, IndexChanges>();

/** The one list of a connection: its temporary triggers are made once. */
export function indexChanges(db: Database): IndexChanges {
  let changes = shared.get(db);
  if (!changes) shared.set(db, (changes = new IndexChanges(db)));
  return changes;
}
