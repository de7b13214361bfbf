import type { Database, Statement } from 'better-sqlite3';
import { onePerConnection } from './onePerConnection';

/** Where the list of changed articles stood, and what other connections had written then. */
export interface ChangeMark {
  at: number;
  dataVersion: number;
}

/** Ids listed before the oldest are dropped: past this many, ranking again costs less than patching. */
const KEPT = 2048;
/** Texts an article had before a change are kept for this many changes since a mark, and for the last this many. */
const TEXTS = 64;

/** What a changed article was before: not in the library ('added'), its indexed columns' text, or not known (null). */
export type TextBefore = 'added' | readonly string[] | null;

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
  /** What each of `ids` was before that change. */
  private readonly befores: TextBefore[] = [];
  /** Texts kept since the last mark: a change to many articles at once (a bulk delete) keeps the first few. */
  private textsKept = 0;
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
    this.textsKept = 0;
    return { at: this.dropped + this.ids.length, dataVersion: this.dataVersion.get() as number };
  }

  /** The distinct ids changed since `mark`, or null when they cannot all be known. */
  since(mark: ChangeMark): number[] | null {
    if (this.db.inTransaction || mark.at < this.dropped || this.dataVersion.get() !== mark.dataVersion) return null;
    return [...new Set(this.ids.slice(mark.at - this.dropped))];
  }

  /** `read()`'s value and the mark it holds from: null when anything was written meanwhile, so that it cannot be patched. */
  kept<T>(read: () => T): { value: T; mark: ChangeMark | null } {
    const mark = this.mark();
    const value = read();
    return { value, mark: mark && this.since(mark)?.length === 0 ? mark : null };
  }

  /**
   * What `patch` makes of a value kept at `before`, given the ids changed since, and the mark it holds from; null when
   * those ids cannot all be known, when `patch` declines (null), or when anything was written while it read.
   */
  patched<T>(before: ChangeMark | null, patch: (changed: number[]) => T | null): { value: T; mark: ChangeMark } | null {
    const changed = before && this.since(before);
    const mark = changed && this.mark();
    if (!changed || !mark || mark.dataVersion !== before.dataVersion) return null;
    const value = patch(changed);
    return value !== null && this.since(mark)?.length === 0 ? { value, mark } : null;
  }

  /** What each article changed since `mark` was then: what its first change since then found. */
  before(mark: ChangeMark): Map<number, TextBefore> {
    const before = new Map<number, TextBefore>();
    for (let i = Math.max(0, mark.at - this.dropped); i < this.ids.length; i++) if (!before.has(this.ids[i]!)) before.set(this.ids[i]!, this.befores[i]!);
    return before;
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
    this.db.function('dossier_text_wanted', { deterministic: false }, () => (this.textsKept < TEXTS ? 1 : 0));
    this.db.function('dossier_text_changed', { deterministic: false, varargs: true }, (id: unknown, added: unknown, ...texts: unknown[]) => {
      const known = texts.length > 0 && texts.every((text) => typeof text === 'string');
      this.ids.push(Number(id));
      this.befores.push(added === 1 ? 'added' : known ? texts : null);
      if (known) this.textsKept++;
      if (this.befores.length > TEXTS && Array.isArray(this.befores.at(-1 - TEXTS))) this.befores[this.befores.length - 1 - TEXTS] = null;
      if (this.ids.length > KEPT) {
        this.dropped += this.ids.splice(0, this.ids.length - KEPT).length;
        this.befores.splice(0, this.befores.length - KEPT);
      }
      return null;
    });
    // The index's columns are the articles' columns of the same names (external content).
    const columns = this.db.prepare("SELECT name FROM pragma_table_info('articles_fts')").pluck().all() as string[];
    const sameText = ['id', ...columns].map((c) => `old."${c}" IS new."${c}"`).join(' AND ');
    // An article's text before its change is read only while wanted: a body is inflated to be read.
    const removed = `SELECT dossier_text_changed(old.id, 0, ${columns.map((c) => `CASE WHEN dossier_text_wanted() THEN old."${c}" END`).join(', ')});`;
    [...new Set(events as string[])].forEach((event, i) => {
      const [body, when] = /^INSERT/i.test(event)
        ? ['SELECT dossier_text_changed(new.id, 1);', '']
        : /^DELETE/i.test(event)
          ? [removed, '']
          : [`${removed} SELECT dossier_text_changed(new.id, 0) WHERE new.id IS NOT old.id;`, `WHEN NOT (${sameText})`];
      this.db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS dossier_text_changed_${i} AFTER ${event} ON main.articles ${when} BEGIN ${body} END`);
    });
    return true;
  }
}

/** The one list of a connection: its temporary triggers are made once. */
export const indexChanges = onePerConnection((db) => new IndexChanges(db));
