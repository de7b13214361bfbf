import { normalizeTag } from '../../common/tagNames';
import { entityKey } from '../entities/extract/entityKey';
import { hiddenShelves, type Shelves } from '../../common/query/shelves';
import type { ParsedQuery, QueryFilter, QuerySort, TextCondition } from '../../common/query/queryTypes';

/** A piece of SQL over the articles table aliased `a`, with its positional parameters in order. */
export interface Sql {
  sql: string;
  params: unknown[];
}

export type FilterField = QueryFilter['field'];

export interface CompiledQuery {
  /** MATCH string for `articles_fts`: the list joins the index on it, for bm25 and snippet(). */
  match: string | null;
  /** Every other condition, as one expression, but for the shelves left out. */
  rest: Sql;
  /**
   * Leaves out the archive or the Trash, unless the query asks for them: a condition on an article id column
   * (`a.id`, or the full-text index's `rowid`), which is tested against the few put away. Null when none is left out.
   */
  notShelved: ((id: string) => string) | null;
  /** The ids `notShelved` leaves out, as a SELECT of `id`; null when none is left out. */
  shelved: string | null;
  hints: string[];
}

/** bm25 weights for the index's columns (body, title; m017): a word in the title counts ten times one in the body. */
export const COLUMN_WEIGHTS = [1, 10] as const;
export const BM25 = `bm25(articles_fts, ${COLUMN_WEIGHTS.join(', ')})`;

// The unary + keeps SQLite from fetching each matching row by id, which for a common word means reading most
// of the library's text: the matches are checked instead during a scan of a covering index, which costs the same
// few milliseconds however many articles match.
export const inFullText = (param: string) => `+a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${param})`;
const IN_FTS = inFullText('?');
const IN_TRIGRAM = '+a.id IN (SELECT rowid FROM articles_tri WHERE articles_tri MATCH ?)';
/** The articles the trigram index holds, one row each in its table of document sizes. */
const IN_SPACELESS = 'a.id IN (SELECT id FROM articles_tri_docsize)';

/** Single-valued columns: two values of one of them can only sensibly mean either. */
const COLUMNS = { source: 'a.source', author: 'a.author', lang: 'a.language' } as const;
type ColumnField = keyof typeof COLUMNS;

const IS_SQL = {
  // Tested against the read, the fewer in a large library: a set of most of the library's ids costs more to build
  // than ranking, and the column itself lies past the text in each row.
  unread: '+a.id NOT IN (SELECT id FROM articles WHERE read_at IS NOT NULL)',
  read: 'a.read_at IS NOT NULL',
  starred: 'a.starred = 1',
  // Begun and not read to the end; never NULL, so that its negation finds the articles never begun.
  inprogress: 'COALESCE(a.reading_position, 0) > 0 AND a.reading_position < 1',
  archived: '+a.id IN (SELECT id FROM articles WHERE archived_at IS NOT NULL)',
  trashed: '+a.id IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL)',
} as const;

// Asked as ids from the partial index of the few articles put away: a test of the columns would read every article.
const SHELF_COLUMNS: Record<keyof Shelves, string> = { archived: 'archived_at IS NOT NULL', trashed: 'trashed_at IS NOT NULL' };

// An entity is named by its canonical name, any alias seen, or any spelling with the same key (Lukaschenko).
const MENTIONS_ENTITY = `+a.id IN (SELECT x.article_id FROM article_entities x WHERE x.entity_id IN (
  SELECT e.id FROM entities e WHERE e.kind = ? AND e.hidden = 0 AND (e.key = ? OR e.name = ? COLLATE NOCASE
    OR e.id IN (SELECT y.entity_id FROM entity_alias_names y WHERE y.alias = ? COLLATE NOCASE))))`;

// The tag is on the article or on one of its highlights; tags.name compares without case.
const TAGGED = `+a.id IN (SELECT t.article_id FROM article_tags t WHERE t.tag_id = (SELECT id FROM tags WHERE name = ?)
  UNION ALL SELECT h.article_id FROM highlight_tags t JOIN highlights h ON h.id = t.highlight_id WHERE t.tag_id = (SELECT id FROM tags WHERE name = ?))`;
const HAS_SQL = {
  highlights: '+a.id IN (SELECT article_id FROM highlights)',
  // A note on the article, or a highlight with a note.
  notes: "+a.id IN (SELECT article_id FROM article_notes UNION ALL SELECT article_id FROM highlights WHERE note <> '')",
} as const;
const COLORED = '+a.id IN (SELECT article_id FROM highlights WHERE color = ?)';
// A feed is named by its title (without case) or its id, as the feed list shows them.
const FROM_FEED = `+a.id IN (SELECT fi.article_id FROM feed_items fi WHERE fi.feed_id IN (
  SELECT f.id FROM feeds f WHERE f.title = ? COLLATE NOCASE OR CAST(f.id AS TEXT) = ?))`;

// A story by its id, as the Stories view and `dossier stories` show it.
const IN_STORY = '+a.id IN (SELECT s.article_id FROM story_features s WHERE s.story_id = CAST(? AS INTEGER))';

/**
 * Turns a parse into SQL. Filters on the fields in `omit` are left out: a facet section counts as if
 * its own choice were not made, so its other entries show what choosing them would give. Archived and trashed
 * articles are left out unless the query asks for them (`hideShelves`: the facet counts leave them out themselves).
 */
export function compileQuery(parsed: ParsedQuery, omit: readonly FilterField[] = [], hideShelves = true): CompiledQuery {
  const hints = [...parsed.hints];
  const parts: Sql[] = parsed.conditions.map(textCondition);
  const filters = parsed.filters.filter((f) => !omit.includes(f.field));
  for (const field of Object.keys(COLUMNS) as ColumnField[]) {
    const values = filters.flatMap((f) => (f.field === field && !f.negated ? [f.value] : []));
    if (values.length > 0) parts.push(anyOf(values.map((v) => columnEquals(field, v))));
  }
  for (const filter of filters) {
    if (filter.field in COLUMNS && !filter.negated) continue;
    const sql = filterSql(filter, hints);
    parts.push(filter.negated ? { sql: `NOT coalesce(${sql.sql}, 0)`, params: sql.params } : sql);
  }
  const shelved = hideShelves ? shelvedIds(hiddenShelves(parsed.filters)) : null;
  const notShelved = shelved === null ? null : (id: string) => `${id} NOT IN (${shelved})`;
  return { match: parsed.match, rest: allOf(parts), notShelved, shelved, hints: [...new Set(hints)] };
}

/** The whole query as one condition, the MATCH included: for counts. */
export function whereAll(query: CompiledQuery): Sql {
  const shelves = query.notShelved ? [{ sql: query.notShelved('+a.id'), params: [] }] : [];
  return allOf([...(query.match === null ? [] : [{ sql: IN_FTS, params: [query.match] }]), query.rest, ...shelves]);
}

/**
 * SQL selecting the matching articles' ids as `id`, or null when every article matches. Words alone are answered
 * by the full-text index, without visiting the articles.
 */
export function matchingIds(query: CompiledQuery): { sql: string | null; params: unknown[] } {
  if (query.match !== null && (query.rest.sql === '1' || testsIdsOnly(query.rest))) {
    const rest = query.rest.sql === '1' ? '' : ` AND ${onRowid(query.rest)}`;
    const shelves = query.notShelved ? ` AND ${query.notShelved('+rowid')}` : '';
    return { sql: `SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?${rest}${shelves}`, params: [query.match, ...query.rest.params] };
  }
  const where = whereAll(query);
  return where.sql === '1' ? { sql: null, params: [] } : { sql: `SELECT a.id FROM articles a WHERE ${where.sql}`, params: where.params };
}

/** Whether the conditions test only which articles' ids are in sets (is:unread, tags, entities…), reading no other column. */
const testsIdsOnly = ({ sql }: Sql) => !/\ba\.(?!id\b)/.test(sql);

/**
 * The conditions, tested on the full-text index's rowid. Conditions that are sets of ids themselves are tested as
 * they are: a set of the articles matching them would often be most of the library, which costs more to build than
 * ranking. Any other condition reads the articles, as a set of ids.
 */
export function onRowid(rest: Sql): string {
  return testsIdsOnly(rest) ? rest.sql.replace(/\ba\.id\b/g, 'rowid') : `+rowid IN (SELECT a.id FROM articles a WHERE ${rest.sql})`;
}

export interface EffectiveSort {
  sort: QuerySort;
  /** ORDER BY over `a`, or for relevance over the columns `score` and `id`; always ends in a unique key, so pages never overlap. */
  orderBy: string;
  hint: string | null;
}

/** Relevance when there are words to rank by, else newest first; `sort:relevance` without words falls back too. */
export function effectiveSort(requested: QuerySort | null, ranked: boolean): EffectiveSort {
  const sort = requested ?? (ranked ? { key: 'relevance', direction: 'desc' } : { key: 'published', direction: 'desc' });
  if (sort.key === 'relevance' && !ranked) {
    return { ...effectiveSort(null, false), hint: 'sort:relevance needs search words; sorted by date' };
  }
  const dir = sort.direction === 'asc' ? 'ASC' : 'DESC';
  const orderBy = {
    published: `a.published IS NULL, a.published ${dir}, a.id ${dir}`,
    imported: `a.imported_at ${dir}, a.id ${dir}`,
    title: `a.title COLLATE NOCASE ${dir}, a.id ${dir}`,
    // Articles never scrolled come last either way.
    progress: `a.reading_position IS NULL, a.reading_position ${dir}, a.id ${dir}`,
    // bm25 is lower for better matches, so "most relevant first" is ascending. The ranked page's columns name no table.
    relevance: `score ${sort.direction === 'asc' ? 'DESC' : 'ASC'}, id DESC`,
  }[sort.key];
  return { sort, orderBy, hint: null };
}

/** The ids of the articles on the shelves given, or null for none. */
function shelvedIds(shelves: Shelves): string | null {
  const on = (Object.keys(shelves) as (keyof Shelves)[]).filter((shelf) => shelves[shelf]).map((shelf) => SHELF_COLUMNS[shelf]);
  // The partial index's own condition, whichever shelves: SQLite then reads the ids from it alone.
  const put = 'archived_at IS NOT NULL OR trashed_at IS NOT NULL';
  return on.length === 0 ? null : `SELECT id FROM articles WHERE (${put}) AND (${on.join(' OR ')})`;
}

function textCondition(c: TextCondition): Sql {
  const alternatives: Sql[] = [];
  if (c.fts) alternatives.push({ sql: IN_FTS, params: [c.fts] });
  if (c.trigram) alternatives.push({ sql: IN_TRIGRAM, params: [c.trigram] });
  // Trigrams cannot find one or two characters: those are looked for in the text itself, only of the articles the
  // trigram index holds (those with a script written without spaces, as such a substring is): the others' bodies need
  // not be inflated. CASE, unlike AND, evaluates in the order written.
  for (const s of c.substrings)
    alternatives.push({ sql: `(CASE WHEN ${IN_SPACELESS} THEN instr(a.title, ?) > 0 OR instr(a.body, ?) > 0 ELSE 0 END)`, params: [s, s] });
  const any = anyOf(alternatives);
  return c.negated ? { sql: `NOT ${any.sql}`, params: any.params } : any;
}

function columnEquals(field: ColumnField, value: string): Sql {
  return { sql: `${COLUMNS[field]} = ? COLLATE NOCASE`, params: [value] };
}

function filterSql(filter: QueryFilter, hints: string[]): Sql {
  switch (filter.field) {
    case 'source':
    case 'author':
    case 'lang':
      return columnEquals(filter.field, filter.value);
    case 'published': {
      const { from, to } = filter.range;
      return allOf([...(from ? [{ sql: 'a.published >= ?', params: [from] }] : []), ...(to ? [{ sql: 'a.published < ?', params: [to] }] : [])]);
    }
    case 'is':
      return { sql: IS_SQL[filter.value], params: [] };
    case 'person':
    case 'place':
    case 'org':
      return { sql: MENTIONS_ENTITY, params: [filter.field, entityKey(filter.field, filter.value), filter.value, filter.value] };
    case 'tag':
      return tagSql(filter.value, hints);
    case 'has':
      return { sql: HAS_SQL[filter.value], params: [] };
    case 'color':
      return { sql: COLORED, params: [filter.value] };
    case 'feed':
      return { sql: FROM_FEED, params: [filter.value, filter.value] };
    case 'story':
      return { sql: IN_STORY, params: [filter.value] };
  }
}

/** Tags are stored normalised (no leading #, single spaces), so the name typed is read the same way. */
function tagSql(value: string, hints: string[]): Sql {
  try {
    const name = normalizeTag(value);
    return { sql: TAGGED, params: [name, name] };
  } catch (err) {
    hints.push(err instanceof Error ? err.message : String(err));
    return { sql: '0', params: [] };
  }
}

function allOf(parts: Sql[]): Sql {
  return join(parts, ' AND ', '1');
}

function anyOf(parts: Sql[]): Sql {
  return join(parts, ' OR ', '0');
}

function join(parts: Sql[], operator: string, empty: string): Sql {
  if (parts.length === 0) return { sql: empty, params: [] };
  if (parts.length === 1) return parts[0] as Sql;
  return { sql: `(${parts.map((p) => p.sql).join(operator)})`, params: parts.flatMap((p) => p.params) };
}
