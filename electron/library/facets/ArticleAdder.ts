import type { Database, Statement } from 'better-sqlite3';
import { ARCHIVED, type FacetSnapshot, type IdGroup, NOTED, PRESENT, STARRED, TRASHED, UNREAD } from './facetSnapshot';

/** The entity or tag id of each group, in the groups' order (ascending, as SQL groups them). */
export type GroupKeys = Record<'person' | 'place' | 'org' | 'tags', number[]>;

const IDS = 'SELECT value FROM json_each(?)';
const ADD_SQL = {
  articles: `SELECT id, read_at IS NULL, starred = 1, archived_at IS NOT NULL, trashed_at IS NOT NULL, source, published FROM articles WHERE id IN (${IDS})`,
  noted: `SELECT article_id FROM article_notes WHERE article_id IN (${IDS}) UNION SELECT article_id FROM highlights WHERE note <> '' AND article_id IN (${IDS})`,
  entities: `SELECT e.kind, x.entity_id, e.name, x.article_id FROM article_entities x JOIN entities e ON e.id = x.entity_id
    WHERE e.hidden = 0 AND x.article_id IN (${IDS})`,
  tags: `SELECT u.tag_id, t.name, u.article_id FROM (SELECT tag_id, article_id FROM article_tags WHERE article_id IN (${IDS})
      UNION SELECT ht.tag_id, h.article_id FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id WHERE h.article_id IN (${IDS})) u
    JOIN tags t ON t.id = u.tag_id`,
} as const;

/** SQLite's NOCASE then BINARY order: ASCII letters folded, then UTF-8 bytes compared. */
const nocase = (s: string) => Buffer.from(s.replace(/[A-Z]/g, (c) => c.toLowerCase()));

/** Adds new articles' values to the snapshot in place, as a rebuild would hold them. */
export class ArticleAdder {
  private readonly statements: { [K in keyof typeof ADD_SQL]: Statement };

  constructor(db: Database) {
    this.statements = Object.fromEntries(Object.entries(ADD_SQL).map(([k, sql]) => [k, db.prepare(sql).raw()])) as typeof this.statements;
  }

  /** False, leaving the snapshot as it was, when an article is already in it: its old values would have to go. */
  add(snap: FacetSnapshot, keys: GroupKeys, ids: readonly number[]): boolean {
    if (ids.some((id) => (snap.flags[id] ?? 0) & PRESENT)) return false;
    const list = JSON.stringify(ids);
    const articles = this.statements.articles.all(list) as [number, number, number, number, number, string | null, string | null][];
    const added = Int32Array.from(articles.map(([id]) => id)).sort();
    snap.ids = merged(snap.ids, added);
    snap.size = Math.max(snap.size, (added.at(-1) ?? 0) + 1);
    if (snap.flags.length < snap.size) {
      const flags = new Uint8Array(snap.size);
      flags.set(snap.flags);
      snap.flags = flags;
    }
    for (const [id, unread, starred, archived, trashed, source, published] of articles) {
      snap.flags[id] = PRESENT | (unread && UNREAD) | (starred && STARRED) | (archived && ARCHIVED) | (trashed && TRASHED);
      if (source !== null) addToSource(snap.sources, source, id);
      if (published === null) snap.undated = merged(snap.undated, Int32Array.of(id));
      else addToGroup(snap.days, published, id, (g) => compare(Buffer.from(g.name), Buffer.from(published)));
    }
    for (const [id] of this.statements.noted.all(list, list) as [number][]) snap.flags[id]! |= NOTED;
    for (const [kind, entity, name, id] of this.statements.entities.all(list) as ['person' | 'place' | 'org', number, string, number][]) {
      addKeyed(snap.entities[kind], keys[kind], entity, name, id);
    }
    for (const [tag, name, id] of this.statements.tags.all(list, list) as [number, string, number][]) addKeyed(snap.tags, keys.tags, tag, name, id);
    return true;
  }
}

/** To the group of entity or tag `key`, or a new one in its place by key. */
function addKeyed(groups: IdGroup[], keys: number[], key: number, name: string, id: number): void {
  let at = keys.findIndex((k) => k >= key);
  if (at === -1) at = keys.length;
  if (keys[at] !== key) {
    keys.splice(at, 0, key);
    groups.splice(at, 0, { name, ids: new Int32Array(0) });
  }
  groups[at]!.ids = merged(groups[at]!.ids, Int32Array.of(id));
}

/** Sources are one group without case, named by the least spelling (as min() gives it). */
function addToSource(sources: IdGroup[], source: string, id: number): void {
  const group = addToGroup(sources, source, id, (g) => compare(nocase(g.name), nocase(source)));
  if (compare(Buffer.from(source), Buffer.from(group.name)) < 0) group.name = source;
}

/** To the group `order` says is the one (0), or to a new one named `name` before the first that comes after (> 0). */
function addToGroup(groups: IdGroup[], name: string, id: number, order: (g: IdGroup) => number): IdGroup {
  let at = groups.findIndex((g) => order(g) >= 0);
  if (at === -1) at = groups.length;
  if (at === groups.length || order(groups[at]!) !== 0) groups.splice(at, 0, { name, ids: new Int32Array(0) });
  const group = groups[at]!;
  group.ids = merged(group.ids, Int32Array.of(id));
  return group;
}

const compare = (a: Buffer, b: Buffer) => Buffer.compare(a, b);

/** The ids of `a` then those of `b` (ascending when both are and `b` comes after). */
function merged(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return a.length > 0 && b[0]! < a[a.length - 1]! ? out.sort() : out;
}
