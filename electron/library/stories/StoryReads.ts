import type { Database, Statement } from 'better-sqlite3';
import type { Story, StoryArticle } from '../../common/contract/storiesContract';
import { parseQuery } from '../../common/query/queryParser';
import { compileQuery, matchingIds } from '../query/compileQuery';
import { isoOfDay } from './eventDay';

/** People and places shown per story: those most of its articles name. */
const NAMED = 5;

/** Stories as the reader and the CLI show them. Articles in the Trash are left out of their stories. */
export class StoryReads {
  private readonly summary: Statement<[number], { id: number; title: string; firstDay: number; lastDay: number }>;
  private readonly articlesOf: Statement<[number], StoryArticle>;
  private readonly entitiesOf: Statement<[number], { kind: 'person' | 'place'; name: string }>;
  private readonly storyOfArticle: Statement<[number], { storyId: number | null }>;
  private readonly countAll: Statement<[], { n: number }>;
  private readonly page: Statement<[number, number], { id: number }>;

  constructor(private readonly db: Database) {
    this.summary = db.prepare('SELECT id, title, first_day AS firstDay, last_day AS lastDay FROM stories WHERE id = ?');
    this.articlesOf = db.prepare(`SELECT a.id, a.title, a.source, a.language, a.published FROM story_features f
      JOIN articles a ON a.id = f.article_id WHERE f.story_id = ? AND a.trashed_at IS NULL ORDER BY f.day, a.published, a.id`);
    this.entitiesOf = db.prepare(`SELECT e.kind, e.name FROM story_features s JOIN article_entities x ON x.article_id = s.article_id
      JOIN entities e ON e.id = x.entity_id WHERE s.story_id = ? AND e.hidden = 0 AND e.kind IN ('person', 'place')
      GROUP BY e.id ORDER BY count(*) DESC, e.name LIMIT ${NAMED * 4}`);
    this.storyOfArticle = db.prepare('SELECT story_id AS storyId FROM story_features WHERE article_id = ?');
    this.countAll = db.prepare('SELECT count(*) AS n FROM stories WHERE size > 1');
    this.page = db.prepare('SELECT id FROM stories WHERE size > 1 ORDER BY last_day DESC, id DESC LIMIT ? OFFSET ?');
  }

  /** A story, or undefined when there is no story `id`. */
  get(id: number): Story | undefined {
    const row = this.summary.get(id);
    if (!row) return undefined;
    const articles = this.articlesOf.all(id);
    const named = this.entitiesOf.all(id);
    const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null && v !== ''))];
    return {
      id,
      title: row.title,
      from: isoOfDay(row.firstDay),
      to: isoOfDay(row.lastDay),
      articles,
      outlets: distinct(articles.map((a) => a.source)),
      languages: distinct(articles.map((a) => a.language)),
      people: named
        .filter((e) => e.kind === 'person')
        .slice(0, NAMED)
        .map((e) => e.name),
      places: named
        .filter((e) => e.kind === 'place')
        .slice(0, NAMED)
        .map((e) => e.name),
    };
  }

  /** The story of an article, when it holds another article too. */
  ofArticle(articleId: number): Story | null {
    const storyId = this.storyOfArticle.get(articleId)?.storyId;
    const story = storyId === undefined || storyId === null ? undefined : this.get(storyId);
    return story && story.articles.length > 1 ? story : null;
  }

  /** Stories of two articles or more, newest first; a query keeps those with an article it matches. */
  list(query: string, limit: number, offset: number): { total: number; stories: Story[]; hints: string[] } {
    const compiled = compileQuery(parseQuery(query));
    const matching = matchingIds(compiled);
    let total: number;
    let ids: number[];
    if (matching.sql === null) {
      total = this.countAll.get()!.n;
      ids = this.page.all(limit, offset).map((r) => r.id);
    } else {
      const where = `size > 1 AND id IN (SELECT story_id FROM story_features WHERE article_id IN (${matching.sql}))`;
      total = (this.db.prepare(`SELECT count(*) AS n FROM stories WHERE ${where}`).get(...matching.params) as { n: number }).n;
      ids = (
        this.db.prepare(`SELECT id FROM stories WHERE ${where} ORDER BY last_day DESC, id DESC LIMIT ? OFFSET ?`).all(...matching.params, limit, offset) as {
          id: number;
        }[]
      ).map((r) => r.id);
    }
    return { total, stories: ids.map((id) => this.get(id)!), hints: compiled.hints };
  }
}
