import type { Database, Statement } from 'better-sqlite3';
import type { GroupKeys } from './ArticleAdder';
import { ARCHIVED, type EntityGroups, type FacetSnapshot, type IdGroup, NOTED, parseIds, PRESENT, STARRED, TRASHED, UNREAD } from './facetSnapshot';

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
  revision: 'SELECT n FROM facet_revision',
} as const;

/** A snapshot as read, the entity and tag ids of its groups, and the `facet_revision` it holds for. */
export interface ReadSnapshot {
  snapshot: FacetSnapshot;
  keys: GroupKeys;
  revision: number;
}

/** Reads the facet snapshot of a library, by one connection's prepared statements. */
export class FacetSnapshotReader {
  private readonly statements: { [K in keyof typeof BUILD_SQL]: Statement };

  constructor(private readonly db: Database) {
    this.statements = Object.fromEntries(Object.entries(BUILD_SQL).map(([k, sql]) => [k, db.prepare(sql).raw()])) as typeof this.statements;
  }

  /**
   * Every statement in one read transaction, so that what is read and its revision are one state of the library.
   * `pause` is called before the transaction, before each list of ids and after each group: a worker's read waits
   * there while the reader is answered.
   */
  read(pause: () => void = () => {}): ReadSnapshot {
    pause();
    return this.db.transaction(() => this.readNow(pause))();
  }

  private readNow(pause: () => void): ReadSnapshot {
    const one = (key: keyof typeof BUILD_SQL) => {
      pause();
      return parseIds((this.statements[key].get() as [string | null])[0]);
    };
    const rows = <Row>(key: keyof typeof BUILD_SQL) => this.rows<Row>(key, pause);
    const groups = (key: keyof typeof BUILD_SQL) => Array.from(rows<[string | null, string]>(key), ([name, ids]) => ({ name, ids: parseIds(ids) }));
    const revision = (this.statements.revision.get() as [number])[0];
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
    const keys: GroupKeys = { person: [], place: [], org: [], tags: [] };
    for (const [kind, name, list, key] of rows<['person' | 'place' | 'org', string, string, number]>('entities')) {
      entities[kind].push({ name, ids: parseIds(list) });
      keys[kind].push(key);
    }
    const tags = Array.from(rows<[string, string, number]>('tags'), ([name, list, key]) => {
      keys.tags.push(key);
      return { name, ids: parseIds(list) };
    });
    const snapshot = {
      size,
      ids,
      flags,
      sources: groups('sources') as IdGroup[],
      days: days.filter((d): d is IdGroup => d.name !== null),
      undated: days.find((d) => d.name === null)?.ids ?? new Int32Array(0),
      entities,
      tags,
    };
    return { snapshot, keys, revision };
  }

  /** A statement's rows one by one, pausing before the first and after each: the entities' alone take over a second at a million articles. */
  private *rows<Row>(key: keyof typeof BUILD_SQL, pause: () => void): Generator<Row> {
    pause();
    for (const row of this.statements[key].iterate() as IterableIterator<Row>) {
      yield row;
      pause();
    }
  }
}

/** The memory a snapshot's arrays hold, each once: what a worker hands over rather than copies. */
export function snapshotBuffers({ snapshot }: ReadSnapshot): ArrayBuffer[] {
  const { ids, flags, sources, days, undated, entities, tags } = snapshot;
  const arrays = [ids, flags, undated, ...[sources, days, entities.person, entities.place, entities.org, tags].flat().map((g) => g.ids)];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
