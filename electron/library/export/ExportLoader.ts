import type { Database, Statement } from 'better-sqlite3';
import type { HighlightColor } from '../../common/shapes/highlightColors';
import { HIGHLIGHT_SELECT, toHighlight, type HighlightRow } from '../annotations/highlightRows';
import type { EntityKind } from '../entities/extract/types';
import { RequestError } from '../../common/RequestError';
import { compileQuery, effectiveSort, whereAll } from '../query/compileQuery';
import { parseQuery } from '../../common/query/queryParser';
import { StatementCache } from '../db/StatementCache';
import type { ExportCounts, ExportScope } from '../../common/contract/exportsContract';
import type { ExportArticle, ExportEntities, ExportSet } from './formats/exportTypes';
import { highlightPictures } from './formats/highlightPictures';

/** Articles holding anything of the user's: only these are exported, whatever the scope. */
const ANNOTATED = 'SELECT article_id AS id FROM highlights UNION SELECT article_id FROM article_notes UNION SELECT article_id FROM article_tags';
const IN_IDS = 'IN (SELECT value FROM json_each(?))';
// Characters outside the Basic Multilingual Plane: only there do code points and UTF-16 offsets differ.
const ASTRAL_GLOB = "'*[\u{10000}-\u{10FFFF}]*'";
const LIST_ORDER = 'a.published IS NULL, a.published DESC, a.id DESC';
const ENTITY_LIST: Record<EntityKind, keyof ExportEntities> = { person: 'people', place: 'places', org: 'organizations' };

interface Selection {
  articleIds: number[];
  /** Only these highlights (the "selected highlights" scope), or null for all of each article's. */
  highlightIds: number[] | null;
  label: string;
}

type ArticleRow = Omit<ExportArticle, 'note' | 'noteCreated' | 'noteModified' | 'tags' | 'entities' | 'highlights' | 'pictures' | 'body'>;

/**
 * Reads what an export writes, for any scope, in a fixed number of statements over all the scope's articles
 * (ids passed as one JSON array), so a library of a hundred thousand articles exports as fast as its notes allow.
 */
export class ExportLoader {
  private readonly statements: StatementCache;
  private readonly title: Statement<[number], { title: string }>;
  private readonly annotated: Statement<[number], { id: number }>;
  private readonly articles: Statement<[string], ArticleRow>;
  private readonly notes: Statement<[string], { articleId: number; note: string; created: string; modified: string }>;
  private readonly tags: Statement<[string], { articleId: number; name: string }>;
  private readonly entities: Statement<[string], { articleId: number; kind: EntityKind; name: string }>;
  private readonly highlightsOf: Statement<[string], HighlightRow>;
  private readonly highlightsById: Statement<[string], HighlightRow>;
  private readonly astralBodies: Statement<[string], { id: number; body: string }>;
  private readonly pictureBlocks: Statement<[string], { id: number; blocks: string }>;
  private readonly pictureTypes: Statement<[string], { hash: string; type: string }>;
  private readonly highlightArticles: Statement<[string], { articleId: number }>;
  private readonly knownHighlights: Statement<[string], { id: number }>;
  private readonly countHighlights: Statement<[string], { n: number }>;

  constructor(
    db: Database,
    private readonly meanings: () => Record<HighlightColor, string>,
  ) {
    this.statements = new StatementCache(db);
    this.title = db.prepare('SELECT title FROM articles WHERE id = ?');
    this.annotated = db.prepare(`SELECT id FROM (${ANNOTATED}) WHERE id = ?`);
    this.articles = db.prepare(`SELECT id, title, source, author, published, language, url, file, content_hash AS contentHash
      FROM articles WHERE id ${IN_IDS}`);
    this.notes = db.prepare(
      `SELECT article_id AS articleId, note, created_at AS created, updated_at AS modified FROM article_notes WHERE article_id ${IN_IDS}`,
    );
    this.tags = db.prepare(`SELECT x.article_id AS articleId, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id
      WHERE x.article_id ${IN_IDS} ORDER BY t.name COLLATE NOCASE`);
    this.entities = db.prepare(`SELECT DISTINCT x.article_id AS articleId, e.kind, e.name FROM article_entities x JOIN entities e ON e.id = x.entity_id
      WHERE e.hidden = 0 AND x.article_id ${IN_IDS} ORDER BY e.name COLLATE NOCASE, e.id`);
    const textOrder = 'ORDER BY h.article_id, h.start IS NULL, h.start, h.end, h.id';
    this.highlightsOf = db.prepare(`${HIGHLIGHT_SELECT} WHERE h.article_id ${IN_IDS} ${textOrder}`);
    this.highlightsById = db.prepare(`${HIGHLIGHT_SELECT} WHERE h.id ${IN_IDS} ${textOrder}`);
    this.astralBodies = db.prepare(`SELECT id, body FROM articles WHERE id ${IN_IDS} AND body GLOB ${ASTRAL_GLOB}`);
    const showingPictures = `SELECT DISTINCT article_id FROM article_pictures WHERE article_id ${IN_IDS}`;
    this.pictureBlocks = db.prepare(`SELECT id, blocks FROM articles WHERE id IN (${showingPictures})`);
    this.pictureTypes = db.prepare(`SELECT p.hash, p.type FROM pictures p WHERE p.hash IN (SELECT hash FROM article_pictures WHERE article_id ${IN_IDS})`);
    this.highlightArticles = db.prepare(`SELECT DISTINCT h.article_id AS articleId FROM highlights h JOIN articles a ON a.id = h.article_id
      WHERE h.id ${IN_IDS} ORDER BY ${LIST_ORDER}`);
    this.knownHighlights = db.prepare(`SELECT id FROM highlights WHERE id ${IN_IDS}`);
    this.countHighlights = db.prepare(`SELECT count(*) AS n FROM highlights WHERE article_id ${IN_IDS}`);
  }

  /** How many articles and highlights the scope exports, without reading them. */
  count(scope: ExportScope): ExportCounts {
    const { articleIds, highlightIds } = this.select(scope);
    const highlights = highlightIds ? highlightIds.length : this.countHighlights.get(JSON.stringify(articleIds))!.n;
    return { articles: articleIds.length, highlights };
  }

  /** The scope's export set; `maxArticles` keeps only the first ones (a preview). */
  load(scope: ExportScope, maxArticles = Infinity): ExportSet {
    const selection = this.select(scope);
    return this.loadSelection({ ...selection, articleIds: selection.articleIds.slice(0, maxArticles) });
  }

  /** These articles, with or without annotations (a whole library moving out). */
  loadArticles(ids: number[], label: string): ExportSet {
    return this.loadSelection({ articleIds: ids, highlightIds: null, label });
  }

  private loadSelection(selection: Selection): ExportSet {
    const ids = selection.articleIds;
    const json = JSON.stringify(ids);
    const byId = new Map<number, ExportArticle>();
    for (const row of this.articles.all(json)) {
      byId.set(row.id, {
        ...row,
        note: '',
        noteCreated: null,
        noteModified: null,
        tags: [],
        entities: { people: [], places: [], organizations: [] },
        highlights: [],
        pictures: new Map(),
        body: null,
      });
    }
    // The chosen highlights alone: not their articles' notes and tags, which were not chosen.
    if (!selection.highlightIds) {
      for (const n of this.notes.all(json)) Object.assign(byId.get(n.articleId)!, { note: n.note, noteCreated: n.created, noteModified: n.modified });
      for (const t of this.tags.all(json)) byId.get(t.articleId)!.tags.push(t.name);
    }
    for (const e of this.entities.all(json)) byId.get(e.articleId)!.entities[ENTITY_LIST[e.kind]].push(e.name);
    const rows = selection.highlightIds ? this.highlightsById.all(JSON.stringify(selection.highlightIds)) : this.highlightsOf.all(json);
    for (const row of rows) byId.get(row.articleId)?.highlights.push(toHighlight(row));
    const withHighlights = ids.filter((id) => byId.get(id)!.highlights.length > 0);
    for (const { id, body } of this.astralBodies.all(JSON.stringify(withHighlights))) byId.get(id)!.body = body;
    // Only articles that show pictures are read again for where their pictures are.
    const showing = this.pictureBlocks.all(JSON.stringify(withHighlights));
    const types = new Map(showing.length > 0 ? this.pictureTypes.all(JSON.stringify(showing.map((r) => r.id))).map((p) => [p.hash, p.type]) : []);
    for (const { id, blocks } of showing) {
      const article = byId.get(id)!;
      article.pictures = highlightPictures(JSON.parse(blocks) as Parameters<typeof highlightPictures>[0], article.highlights, types);
    }
    return { articles: ids.map((id) => byId.get(id)!), meanings: this.meanings(), label: selection.label, exported: new Date().toISOString() };
  }

  private select(scope: ExportScope): Selection {
    switch (scope.kind) {
      case 'article': {
        const article = this.title.get(scope.id);
        if (!article) throw new RequestError('not_found', `There is no article ${scope.id}.`);
        return { articleIds: this.annotated.get(scope.id) ? [scope.id] : [], highlightIds: null, label: article.title };
      }
      case 'highlights': {
        const json = JSON.stringify(scope.ids);
        const known = new Set(this.knownHighlights.all(json).map((r) => r.id));
        const missing = scope.ids.find((id) => !known.has(id));
        if (missing !== undefined) throw new RequestError('not_found', `There is no highlight ${missing}.`);
        const ids = [...known];
        return {
          articleIds: this.highlightArticles.all(json).map((r) => r.articleId),
          highlightIds: ids,
          label: `${ids.length} selected ${ids.length === 1 ? 'highlight' : 'highlights'}`,
        };
      }
      case 'query':
      case 'all': {
        const input = scope.kind === 'query' ? scope.query.trim() : '';
        // Everything is the whole library but the Trash: archived articles' notes are still the user's.
        const parsed = parseQuery(scope.kind === 'query' ? input : '-is:trashed');
        const where = whereAll(compileQuery(parsed));
        // Without ranking there is no relevance to sort by: such a query is exported newest first, like the list.
        const { orderBy } = effectiveSort(parsed.sort, false);
        const sql = `SELECT a.id FROM (${ANNOTATED}) x JOIN articles a ON a.id = x.id WHERE ${where.sql} ORDER BY ${orderBy}`;
        const ids = (this.statements.get(sql).all(...where.params) as { id: number }[]).map((r) => r.id);
        return { articleIds: ids, highlightIds: null, label: input ? `Search: ${input}` : 'Everything' };
      }
    }
  }
}
