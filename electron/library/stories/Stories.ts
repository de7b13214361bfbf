import type { Database, Statement } from 'better-sqlite3';
import { eventDay } from './eventDay';
import { StoryCorrections } from './StoryCorrections';
import { StoryReads } from './StoryReads';
import { minHash } from './minHash';
import { type ArticleFeatures, StoryIndex } from './StoryIndex';
import { pairScore, type Side } from './storyScore';

/**
 * How articles are grouped into stories (articles reporting one event, across outlets and languages).
 *
 * Each article is compared only with the articles of nearby days (±3) that share one of its entities, found through
 * `story_keys` (entity → day → article), never with the whole library. Entities are the extractor's cross-language
 * keys (习近平, Си Цзиньпин and Xi Jinping are one), each weighted by its rarity in the library, ln(1 + N/df), so
 * that sharing "China" says little and sharing "Zhang Qingwei" a lot. A pair scores the higher of
 * - the cosine of the two articles' entity vectors under those weights: other languages, other words, same actors;
 * - their shared wording, when they are in one language: a MinHash estimate of the Jaccard similarity of their
 *   three-word shingles (minHash.ts), which catches an outlet's copy of a wire report whatever its entities;
 * times a factor for the days between them (1, 0.9, 0.6, 0.3, then 0), from the publication date or, without one,
 * the dates the text states (eventDay.ts). The same people on another day therefore fall apart, while two outlets'
 * reports of one meeting, a day apart, hold together.
 *
 * Incremental and greedy: an article joins the story of its best-scoring candidate when that score reaches
 * JOIN_THRESHOLD (best link rather than average, so a story's first short report does not keep its later long ones
 * away), else starts a story. A full re-clustering places every article again in order of day, with the rarities
 * of the whole library, keeping stories' ids where it can. The user's corrections are links between pairs of
 * articles (kept together, or apart), which every placement obeys: an article joins the story of one it is kept
 * together with, and never one holding an article it is kept apart from.
 */
export const JOIN_THRESHOLD = 0.4;
/** Best-sharing candidates scored per article: more only adds articles sharing less. */
const MAX_CANDIDATES = 40;

interface ArticleRow {
  title: string;
  published: string | null;
  importedAt: string;
  language: string | null;
}

export class Stories {
  readonly index: StoryIndex;
  readonly read: StoryReads;
  /** Split, merge, move out: kept through re-clustering. */
  readonly corrections: StoryCorrections;
  private readonly articleRow: Statement<[number], ArticleRow>;
  private readonly bodyOf: Statement<[number], { body: string }>;
  private readonly datesOf: Statement<[number], { text: string; iso: string | null }>;
  private readonly membersOf: Statement<[number], { id: number }>;

  constructor(db: Database) {
    this.index = new StoryIndex(db);
    this.read = new StoryReads(db);
    this.corrections = new StoryCorrections(db, this);
    this.articleRow = db.prepare('SELECT title, published, imported_at AS importedAt, language FROM articles WHERE id = ?');
    this.bodyOf = db.prepare('SELECT body FROM articles WHERE id = ?');
    this.datesOf = db.prepare('SELECT text, iso FROM article_dates WHERE article_id = ? ORDER BY start');
    this.membersOf = db.prepare('SELECT article_id AS id FROM story_articles WHERE story_id = ? ORDER BY article_id');
  }

  /** Places an article just written, its entities included, in a story: in the transaction that wrote it. */
  place(articleId: number, body?: string): void {
    const row = this.articleRow.get(articleId);
    if (!row) return;
    const text = body ?? this.bodyOf.get(articleId)!.body;
    const features: ArticleFeatures = {
      articleId,
      day: eventDay({ ...row, textDates: this.datesOf.all(articleId) }),
      language: row.language,
      signature: minHash(`${row.title}\n${text}`),
      entities: this.index.entities(articleId),
    };
    const weighted = this.weigh(features.entities);
    this.index.store(features, norm(weighted));
    this.assign(features, weighted);
  }

  /** Places a stored article again, with the library's current rarities (a re-clustering), preferably in story `wanted`. */
  replace(articleId: number, wanted?: number): void {
    const stored = this.index.features(articleId);
    if (!stored) return this.place(articleId);
    const features: ArticleFeatures = { ...stored, articleId, entities: this.index.entities(articleId) };
    const weighted = this.weigh(features.entities);
    this.index.store(features, norm(weighted));
    this.assign(features, weighted, wanted);
  }

  members(storyId: number): number[] {
    return this.membersOf.all(storyId).map((r) => r.id);
  }

  private weigh(entities: readonly number[]): Map<number, number> {
    return new Map(entities.map((id) => [id, this.index.rarity(id)]));
  }

  private assign(f: ArticleFeatures, weighted: ReadonlyMap<number, number>, wanted?: number): void {
    const links = this.index.links(f.articleId);
    const storyOf = (id: number) => (id === f.articleId ? undefined : this.index.storyOf(id));
    const together = [...new Set(links.together.map(storyOf).filter((s) => s !== undefined))];
    const apart = new Set(links.apart.map(storyOf).filter((s) => s !== undefined));
    let story = together[0] ?? this.bestStory(f, weighted, apart);
    // Kept together with articles of several stories (placed before their link was known): those stories become one.
    for (const other of together.slice(1)) for (const id of this.members(other)) this.index.setStory(id, story!);
    story ??= this.index.createStory(wanted);
    this.index.setStory(f.articleId, story);
  }

  private bestStory(f: ArticleFeatures, weighted: ReadonlyMap<number, number>, avoid: ReadonlySet<number>): number | undefined {
    const shared = [...this.index.shared(weighted, f.day, f.articleId)].sort((x, y) => y[1] - x[1]).slice(0, MAX_CANDIDATES);
    const self: Side = { day: f.day, language: f.language, signature: f.signature, norm: norm(weighted) };
    let best: number | undefined;
    let bestScore = JOIN_THRESHOLD;
    for (const [id, sharedWeight] of shared) {
      const other = this.index.candidate(id);
      if (!other || avoid.has(other.storyId)) continue;
      const score = pairScore(self, other, sharedWeight);
      if (score >= bestScore) [best, bestScore] = [other.storyId, score];
    }
    return best;
  }
}

function norm(weighted: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (const w of weighted.values()) sum += w * w;
  return sum;
}
