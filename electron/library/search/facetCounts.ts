import type { Database } from 'better-sqlite3';
import { compileQuery, whereAll, type FilterField } from './compileQuery';
import { parseQuery } from './queryParser';
import type { ParsedQuery } from './queryTypes';
import { StatementCache } from './StatementCache';

export const FACET_LISTS = ['sources', 'people', 'places', 'orgs', 'tags'] as const;
export type FacetListName = (typeof FACET_LISTS)[number];

/** Which entries of a list to return: the top `limit`, among names containing `contains` (case-insensitive). */
export interface FacetWindow {
  limit: number;
  contains: string;
}

export interface NamedCount {
  name: string;
  count: number;
}

export interface FacetList {
  entries: NamedCount[];
  /** More names match than were returned. */
  more: boolean;
}

export interface DateHistogram {
  /** Months when the dated matches span three years or less, else years. */
  unit: 'month' | 'year';
  /** `YYYY-MM` or `YYYY`, every one from the first to the last, empty ones included. */
  buckets: NamedCount[];
  undated: number;
}

export interface Facets {
  /** Equals the list's total for the same query. */
  total: number;
  library: { all: number; unread: number; starred: number; notes: number };
  lists: Record<FacetListName, FacetList>;
  dates: DateHistogram;
  hints: string[];
}

const MAX_MONTHS = 36;
const EMPTY: FacetList = { entries: [], more: false };

/**
 * The filter pane's counts, each one SQL GROUP BY over the articles that match the query. A section
 * counts without its own filters (the library's is:/has:, the sources, the dates), so its other entries
 * say what choosing them would show; the pane makes those choices replace, or for sources widen, the current one.
 */
export class FacetCounts {
  private readonly statements: StatementCache;

  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  facets(input: string, windows: Record<FacetListName, FacetWindow>): Facets {
    const parsed = parseQuery(input);
    const full = compileQuery(parsed);
    return {
      total: this.run<{ n: number }>('SELECT count(*) AS n FROM articles a WHERE %s', parsed, [])[0]?.n ?? 0,
      library: this.libraryCounts(parsed),
      lists: {
        sources: this.sources(parsed, windows.sources),
        people: this.entities(parsed, 'person', windows.people),
        places: this.entities(parsed, 'place', windows.places),
        orgs: this.entities(parsed, 'org', windows.orgs),
        // Tags are counted once annotations exist.
        tags: EMPTY,
      },
      dates: this.dates(parsed),
      hints: full.hints,
    };
  }

  private libraryCounts(parsed: ParsedQuery): Facets['library'] {
    const [row] = this.run<Facets['library']>(
      `SELECT count(*) AS "all", coalesce(sum(a.read_at IS NULL), 0) AS unread, coalesce(sum(a.starred), 0) AS starred, 0 AS notes
        FROM articles a WHERE %s`,
      parsed,
      ['is', 'has'],
    );
    return row ?? { all: 0, unread: 0, starred: 0, notes: 0 };
  }

  private sources(parsed: ParsedQuery, { limit, contains }: FacetWindow): FacetList {
    const rows = this.run<NamedCount>(
      `SELECT min(a.source) AS name, count(*) AS count FROM articles a
        WHERE %s AND a.source IS NOT NULL AND instr(lower(a.source), lower(@contains)) > 0
        GROUP BY a.source COLLATE NOCASE ORDER BY count DESC, name COLLATE NOCASE LIMIT @limit`,
      parsed,
      ['source'],
      { contains, limit: limit + 1 },
    );
    return { entries: rows.slice(0, limit), more: rows.length > limit };
  }

  /** Entities of a kind by how many matching articles mention them; choosing more narrows (they combine with AND). */
  private entities(parsed: ParsedQuery, kind: 'person' | 'place' | 'org', { limit, contains }: FacetWindow): FacetList {
    const rows = this.run<NamedCount>(
      `SELECT e.name AS name, count(DISTINCT m.article_id) AS count FROM mentions m JOIN entities e ON e.id = m.entity_id
        WHERE m.article_id IN (SELECT a.id FROM articles a WHERE %s)
          AND e.kind = @kind AND e.hidden = 0 AND instr(lower(e.name), lower(@contains)) > 0
        GROUP BY e.id ORDER BY count DESC, e.name COLLATE NOCASE LIMIT @limit`,
      parsed,
      [],
      { kind, contains, limit: limit + 1 },
    );
    return { entries: rows.slice(0, limit), more: rows.length > limit };
  }

  private dates(parsed: ParsedQuery): DateHistogram {
    const rows = this.run<{ month: string | null; count: number }>(
      'SELECT substr(a.published, 1, 7) AS month, count(*) AS count FROM articles a WHERE %s GROUP BY month ORDER BY month',
      parsed,
      ['published'],
    );
    const undated = rows.find((r) => r.month === null)?.count ?? 0;
    const months = rows.flatMap((r) => (r.month === null ? [] : [{ name: r.month, count: r.count }]));
    return { ...histogram(months), undated };
  }

  /** Runs `sql` with `%s` replaced by the query's condition, leaving out the filters on `omit`. */
  private run<T>(sql: string, parsed: ParsedQuery, omit: FilterField[], named: Record<string, unknown> = {}): T[] {
    const where = whereAll(compileQuery(parsed, omit));
    return this.statements.get(sql.replace('%s', where.sql)).all(...where.params, named) as T[];
  }
}

/** Month counts (ascending, `YYYY-MM`) as a gapless histogram by month, or by year when that would be too many bars. */
function histogram(months: NamedCount[]): Pick<DateHistogram, 'unit' | 'buckets'> {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return { unit: 'month', buckets: [] };
  const index = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
  const byYear = index(last.name) - index(first.name) >= MAX_MONTHS;
  const counts = new Map<string, number>();
  for (const m of months) {
    const key = byYear ? m.name.slice(0, 4) : m.name;
    counts.set(key, (counts.get(key) ?? 0) + m.count);
  }
  const [from, to] = byYear ? [Number(first.name.slice(0, 4)), Number(last.name.slice(0, 4))] : [index(first.name), index(last.name)];
  const buckets: NamedCount[] = [];
  for (let i = from; i <= to; i++) {
    const key = byYear ? String(i).padStart(4, '0') : `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
    buckets.push({ name: key, count: counts.get(key) ?? 0 });
  }
  return { unit: byYear ? 'year' : 'month', buckets };
}
