import type { Database, Statement } from 'better-sqlite3';
import { type AdditionMark, type FacetAdditions, facetAdditions } from './FacetAdditions';
import { ArticleAdder, type GroupKeys } from './ArticleAdder';
import { onePerConnection } from '../db/onePerConnection';

/** Articles sharing one value of a facet (a source, a month, an entity, a tag), by id. */
export interface IdGroup {
  name: string;
  ids: Int32Array;
}

export type EntityGroups = Record<'person' | 'place' | 'org', IdGroup[]>;

/** Bits of `FacetSnapshot.flags`, by article id. */
export const PRESENT = 1;
export const UNREAD = 2;
export const STARRED = 4;
export const NOTED = 8;
export const ARCHIVED = 16;
export const TRASHED = 32;

/**
 * The facet values of every article, held in memory as lists of ids. Counting a query's matches per value is
 * then a pass over typed arrays, a few milliseconds however many articles match, where SQL needs a lookup
 * per matching article and value (seconds for a common word in a large library).
 */
export interface FacetSnapshot {
  /** One past the largest article id: the length of `flags` and of a scope. */
  size: number;
  /** Article ids, ascending. */
  ids: Int32Array;
  flags: Uint8Array;
  /** Grouped without case, each named by its first spelling in binary order (as SQLite's min()). */
  sources: IdGroup[];
  /** Each published value (`YYYY-MM-DD`), ascending in binary order, as SQL compares them: for date ranges, and folded into months. */
  days: IdGroup[];
  undated: Int32Array;
  /** Visible entities only. */
  entities: EntityGroups;
  /** On the article or on one of its highlights. */
  tags: IdGroup[];
}

const BUILD_SQL = {
  ids: 'SELECT group_concat(id) FROM articles',
  unread: 'SELECT group_concat(id) FROM articles WHERE read_at IS NULL',
  starred: 'SELECT group_concat(id) FROM articles WHERE starred = 1',
  archived: 'SELECT group_concat(id) FROM articles WHERE archived_at IS NOT NULL',
  trashed: 'SELECT group_concat(id) FROM articles WHERE trashed_at IS NOT NULL',
  noted: "SELECT group_concat(article_id) FROM (SELECT article_id FROM article_notes UNION SELECT article_id FROM highlights WHERE note <> '')",
  sources: 'SELECT min(source), group_concat(id) FROM articles WHERE source IS NOT NULL GROUP BY source COLLATE NOCASE',
  // Grouped by day in the index's order: cheaper than sorting by month in SQL.
  days: 'SELECT published, group_concat(id) FROM articles GROUP BY published',
  entities: `SELECT e.kind, e.name, group_concat(x.article_id), x.entity_id FROM article_entities x JOIN entities e ON e.id = x.entity_id
    WHERE e.hidden = 0 GROUP BY x.entity_id`,
  tags: `SELECT t.name, group_concat(u.article_id), u.tag_id FROM (SELECT tag_id, article_id FROM article_tags
      UNION SELECT ht.tag_id, h.article_id FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id) u
    JOIN tags t ON t.id = u.tag_id GROUP BY u.tag_id`,
} as const;

/**
 * The snapshot of one connection's library, rebuilt on first use after anything it holds changed: triggers move
 * `facet_revision` on every such change, by any code or process (the CLI importing into the library the app has
 * open). Read, starred, archived and trashed changes, the frequent ones, are applied to the snapshot in place by `patch` rather than
 * costing a rebuild; so are new articles and their entities, added by this connection when nothing else counted changed
 * (FacetAdditions).
 */
export class LiveFacetSnapshot {
  private readonly statements: { [K in keyof typeof BUILD_SQL]: Statement };
  private readonly revisionStmt: Statement;
  private readonly additions: FacetAdditions;
  private readonly adder: ArticleAdder;
  private snapshot: FacetSnapshot | null = null;
  private keys: GroupKeys = { person: [], place: [], org: [], tags: [] };
  private revision = -1;
  /** Where the articles added stood at `revision`; null when what changes next cannot be known. */
  private mark: AdditionMark | null = null;

  constructor(db: Database) {
    this.statements = Object.fromEntries(Object.entries(BUILD_SQL).map(([k, sql]) => [k, db.prepare(sql).raw()])) as typeof this.statements;
    this.revisionStmt = db.prepare('SELECT n FROM facet_revision').pluck();
    this.additions = facetAdditions(db);
    this.adder = new ArticleAdder(db);
  }

  get(): FacetSnapshot {
    const now = this.currentRevision();
    if (!this.snapshot || (now !== this.revision && !this.addNew(now))) {
      this.mark = this.additions.mark();
      this.snapshot = this.build();
      this.revision = now;
    }
    return this.snapshot;
  }

  /**
   * The snapshot if one was built and holds now (or does once the articles added since are added to it), else null:
   * for what can be answered without it too, by SQL, rather than building it (seconds at a million articles).
   */
  built(): FacetSnapshot | null {
    const now = this.currentRevision();
    return this.snapshot && (now === this.revision || this.addNew(now)) ? this.snapshot : null;
  }

  /** Whether the only counted changes since the snapshot were articles added, now added to it. */
  private addNew(now: number): boolean {
    const added = this.mark && this.additions.since(this.mark, now - this.revision);
    const mark = added && this.additions.mark();
    if (!this.snapshot || !added || !mark || mark.dataVersion !== this.mark!.dataVersion) return false;
    if (!this.adder.add(this.snapshot, this.keys, added)) return false;
    // Another connection writing meanwhile would have changed what was read: the snapshot, changed, is built again.
    if (this.additions.since(mark, 0) === null) {
      this.snapshot = null;
      return false;
    }
    this.mark = mark;
    this.revision = now;
    return true;
  }

  /**
   * Runs `change`, which sets or clears `bit` on the given articles, and applies it to the snapshot if the
   * snapshot was up to date before: then nothing else can have changed in between.
   */
  patch<T>(ids: readonly number[], bit: typeof UNREAD | typeof STARRED | typeof ARCHIVED | typeof TRASHED, on: boolean, change: () => T): T {
    const current = this.snapshot !== null && this.currentRevision() === this.revision;
    const result = change();
    if (current && this.snapshot) {
      const { flags } = this.snapshot;
      for (const id of ids) {
        const f = flags[id];
        if (f !== undefined && f & PRESENT) flags[id] = on ? f | bit : f & ~bit;
      }
      this.revision = this.currentRevision();
      this.mark = this.additions.mark();
    }
    return result;
  }

  private currentRevision(): number {
    return this.revisionStmt.get() as number;
  }

  private build(): FacetSnapshot {
    const one = (key: keyof typeof BUILD_SQL) => parseIds((this.statements[key].get() as [string | null])[0]);
    const groups = (key: keyof typeof BUILD_SQL) =>
      (this.statements[key].all() as [string | null, string][]).map(([name, ids]) => ({ name, ids: parseIds(ids) }));
    const ids = one('ids').sort();
    const size = (ids.at(-1) ?? 0) + 1;
    const flags = new Uint8Array(size);
    for (const id of ids) flags[id] = PRESENT;
    for (const [key, bit] of [
      ['unread', UNREAD],
      ['starred', STARRED],
      ['noted', NOTED],
      ['archived', ARCHIVED],
      ['trashed', TRASHED],
    ] as const)
      for (const id of one(key)) flags[id]! |= bit;

    const days = groups('days');
    const entities: EntityGroups = { person: [], place: [], org: [] };
    this.keys = { person: [], place: [], org: [], tags: [] };
    for (const [kind, name, list, key] of this.statements.entities.all() as ['person' | 'place' | 'org', string, string, number][]) {
      entities[kind].push({ name, ids: parseIds(list) });
      this.keys[kind].push(key);
    }
    const tags = (this.statements.tags.all() as [string, string, number][]).map(([name, list, key]) => {
      this.keys.tags.push(key);
      return { name, ids: parseIds(list) };
    });
    return {
      size,
      ids,
      flags,
      sources: groups('sources') as IdGroup[],
      days: days.filter((d): d is IdGroup => d.name !== null),
      undated: days.find((d) => d.name === null)?.ids ?? new Int32Array(0),
      entities,
      tags,
    };
  }
}

/** The one snapshot of a connection, shared by the facet counts and the reading state that patches it. */
export const liveFacetSnapshot = onePerConnection((db) => new LiveFacetSnapshot(db));

/** A flag per id up to the largest of `ids`, set for each of them: a test of membership in them by indexing. */
export function flagsOf(ids: Int32Array): Uint8Array {
  const flags = new Uint8Array(ids.reduce((max, id) => Math.max(max, id), -1) + 1);
  for (let i = 0; i < ids.length; i++) flags[ids[i]!] = 1;
  return flags;
}

/** group_concat() of integer ids, read without making a string per id: the lists hold up to every article. */
export function parseIds(list: string | null): Int32Array {
  if (!list) return new Int32Array(0);
  let count = 1;
  for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === 44) count++;
  const ids = new Int32Array(count);
  let n = 0;
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      ids[at++] = n;
      n = 0;
    } else n = n * 10 + c - 48;
  }
  ids[at] = n;
  return ids;
}
