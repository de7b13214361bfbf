import type { Database, Statement } from 'better-sqlite3';
import type { EntityPage, ListEntitiesOptions } from '../../../common/contract/entitiesContract';
import type { ArticleEntity, ArticleRef, EntityCard, EntityKind, EntityRef, EntitySummary } from '../../../common/shapes/entityShapes';
import { mentionsInTextOrder } from './packedSpans';

interface EntityRow extends EntityRef {
  key: string;
  hidden: number;
}

const ARTICLE_REF = 'a.id, a.title, a.source, a.published';
const ARTICLES_OF = 'SELECT article_id FROM article_entities WHERE entity_id = @id';
const ARTICLE_COUNT = '(SELECT count(*) FROM article_entities WHERE entity_id = e.id)';
const LIST_WHERE = `(@kind IS NULL OR e.kind = @kind) AND (@includeHidden OR e.hidden = 0)
  AND EXISTS (SELECT 1 FROM article_entities WHERE entity_id = e.id)
  AND (@like IS NULL OR e.name LIKE @like ESCAPE '\\' OR EXISTS (SELECT 1 FROM entity_aliases WHERE entity_id = e.id AND alias LIKE @like ESCAPE '\\'))`;
const PAGE_WHERE = `a.id IN (${ARTICLES_OF}) AND (@with IS NULL OR a.id IN (SELECT article_id FROM article_entities WHERE entity_id = @with))`;
const COOCCURRING_LIMIT = 20;

/** Reads entities for the view, the filters, the card and the entity page. Hidden entities appear only where asked for. */
export class EntityQueries {
  private readonly row: Statement<[number], EntityRow>;
  private readonly aliases: Statement<{ id: number }, { alias: string }>;
  private readonly articleCount: Statement<{ id: number }, { n: number }>;
  private readonly latest: Statement<{ id: number }, ArticleRef>;
  private readonly body: Statement<[number], { body: string }>;
  private readonly mentioned: Statement<[number], { id: number; kind: EntityKind; name: string; spans: Buffer }>;
  private readonly listPage: Statement<Record<string, unknown>, Omit<EntitySummary, 'hidden'> & { hidden: number }>;
  private readonly listTotal: Statement<Record<string, unknown>, { n: number }>;
  private readonly pageArticles: Statement<Record<string, unknown>, ArticleRef>;
  private readonly pageTotal: Statement<Record<string, unknown>, { n: number }>;
  private readonly cooccurring: Statement<{ id: number }, EntityRef & { articleCount: number }>;

  constructor(db: Database) {
    this.row = db.prepare('SELECT id, key, kind, name, hidden FROM entities WHERE id = ?');
    // Aliases are stored per article: a known entity has thousands of rows but a few distinct aliases, so each
    // step seeks the next one in the index instead of reading every row.
    this.aliases = db.prepare(`WITH RECURSIVE next(alias) AS (
        SELECT min(alias) FROM entity_aliases WHERE entity_id = @id
        UNION ALL
        SELECT (SELECT min(alias) FROM entity_aliases WHERE entity_id = @id AND alias > next.alias) FROM next WHERE next.alias IS NOT NULL
      )
      SELECT alias FROM next WHERE alias IS NOT NULL AND alias <> (SELECT name FROM entities WHERE id = @id)`);
    this.articleCount = db.prepare(`SELECT count(*) AS n FROM article_entities WHERE entity_id = @id`);
    this.latest = db.prepare(`SELECT ${ARTICLE_REF} FROM articles a WHERE a.id IN (${ARTICLES_OF})
      ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT 1`);
    this.body = db.prepare('SELECT body FROM articles WHERE id = ?');
    this.mentioned = db.prepare(`SELECT e.id, e.kind, e.name, x.spans FROM article_entities x JOIN entities e ON e.id = x.entity_id
      WHERE x.article_id = ? AND e.hidden = 0`);
    this.listPage = db.prepare(`SELECT e.id, e.kind, e.name, e.hidden, ${ARTICLE_COUNT} AS articleCount FROM entities e
      WHERE ${LIST_WHERE} ORDER BY articleCount DESC, e.name COLLATE NOCASE LIMIT @limit OFFSET @offset`);
    this.listTotal = db.prepare(`SELECT count(*) AS n FROM entities e WHERE ${LIST_WHERE}`);
    this.pageArticles = db.prepare(`SELECT ${ARTICLE_REF} FROM articles a WHERE ${PAGE_WHERE}
      ORDER BY a.published IS NULL, a.published, a.id LIMIT @limit`);
    this.pageTotal = db.prepare(`SELECT count(*) AS n FROM articles a WHERE ${PAGE_WHERE}`);
    this.cooccurring = db.prepare(`SELECT e.id, e.kind, e.name, count(*) AS articleCount
      FROM article_entities mine JOIN article_entities x ON x.article_id = mine.article_id JOIN entities e ON e.id = x.entity_id
      WHERE mine.entity_id = @id AND e.id <> @id AND e.hidden = 0 GROUP BY e.id ORDER BY articleCount DESC, e.name COLLATE NOCASE LIMIT ${COOCCURRING_LIMIT}`);
  }

  /** The entity's row, including its key (which corrections are recorded against). */
  get(id: number): EntityRow | undefined {
    return this.row.get(id);
  }

  /** Visible entities the article mentions, each with its mentions in text order; undefined for no such article. */
  forArticle(articleId: number): ArticleEntity[] | undefined {
    const article = this.body.get(articleId);
    if (!article) return undefined;
    // Each entity where it is first mentioned.
    const byId = new Map<number, ArticleEntity>();
    for (const { id, kind, name, start, end } of mentionsInTextOrder(this.mentioned.all(articleId))) {
      let entity = byId.get(id);
      if (!entity) byId.set(id, (entity = { id, kind, name, aliases: this.aliasesOf(id), mentions: [] }));
      entity.mentions.push({ start, end, text: article.body.slice(start, end) });
    }
    return [...byId.values()];
  }

  /** Entities mentioned in at least one article, most articles first. */
  list({ kind, query, includeHidden, limit, offset }: ListEntitiesOptions): { total: number; entities: EntitySummary[] } {
    const like = query ? `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const params = { kind, like, includeHidden: includeHidden ? 1 : 0 };
    return {
      total: this.listTotal.get(params)!.n,
      entities: this.listPage.all({ ...params, limit, offset }).map((e) => ({ ...e, hidden: e.hidden === 1 })),
    };
  }

  card(id: number): EntityCard | undefined {
    const row = this.row.get(id);
    if (!row) return undefined;
    return {
      id,
      kind: row.kind,
      name: row.name,
      hidden: row.hidden === 1,
      aliases: this.aliasesOf(id),
      articleCount: this.articleCount.get({ id })!.n,
      latest: this.latest.get({ id }) ?? null,
    };
  }

  /** Undefined when either entity does not exist. */
  page(id: number, withId: number | null, limit: number): EntityPage | undefined {
    const entity = this.card(id);
    if (!entity) return undefined;
    const other = withId === null ? undefined : this.row.get(withId);
    if (withId !== null && !other) return undefined;
    const params = { id, with: other?.id ?? null };
    return {
      entity,
      with: other ? { id: other.id, kind: other.kind, name: other.name } : null,
      total: this.pageTotal.get(params)!.n,
      articles: this.pageArticles.all({ ...params, limit }),
      cooccurring: this.cooccurring.all({ id }),
    };
  }

  private aliasesOf(id: number): string[] {
    return this.aliases.all({ id }).map((r) => r.alias);
  }
}
