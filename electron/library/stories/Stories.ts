import type { Database, Statement } from 'better-sqlite3';
import { dayOf, eventDay } from './eventDay';
import { StoryCorrections } from './StoryCorrections';
import { StoryReads } from './StoryReads';
import { articleSignature } from './minHash';
import { MAX_CROSS_GAIN, PairProfiles } from './PairProfiles';
import { type ArticleFeatures, type Candidate, StoryIndex, type Weighted } from './StoryIndex';
import { keyWeight } from './keyWeight';
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
 * The entity vector weighs each entity by its rarity and by how much the article is about it (1 + ln mentions, doubled
 * when its lead names it), and leaves outlets out (two of Xinhua's reports both name Xinhua). For a pair in two
 * languages, each side's vector length counts at 0.7 the entities that no article in another language names within
 * DAY_WINDOW days (a Russian-only organisation's name, a place only one script spells): they cannot be shared
 * across languages, and at full weight only dilute the cosine of two reports of one event (PairProfiles.ts).
 * Two penalties keep apart events with the same cast: a person the article's title names and the other article never
 * mentions halves the pair's score; and so does, for each side, its head person (the person weighing most, when nothing
 * it names weighs more) whom the other names only in passing (under 0.3 of its heaviest entity). Lukashenko's talks
 * with Xi Jinping and, the next day, with Li Qiang share places and most people, but each is about one man the other
 * names once. Those norms and head people are read (PairProfiles.ts) only for candidates whose plain score, raised by
 * the most the norms across languages could add, reaches MEAN_THRESHOLD, and the head people only when the score then
 * still does; the rest, which could not reach it, count at the score they have. (Labelled set: precision 1.0, recall 0.863, F1 0.927; before these, 0.929, 0.821, 0.872; with East Slavic spellings of a name one key, 1.0, 0.884, 0.939.)
 *
 * Incremental and greedy: an article joins the story of its best-scoring candidate when that score reaches
 * JOIN_THRESHOLD and its scores summed over the story's articles, divided by their number, reach MEAN_THRESHOLD
 * (a story spanning days is joined by what fits most of it, not by one close report), else it starts a story.
 * Candidates found by wording alone, without a shared entity, are not looked for: news reports name their actors.
 * A full re-clustering places every article again in order of day, with the rarities of the whole library, keeping
 * stories' ids where it can. The user's corrections are links between pairs of
 * articles (kept together, or apart), which every placement obeys: an article joins the story of one it is kept
 * together with, and never one holding an article it is kept apart from.
 */
export const JOIN_THRESHOLD = 0.22;
/** A story is joined only when the article also scores this on average over all its articles. */
const MEAN_THRESHOLD = 0.2;
/** A pair's score is multiplied by this for each person the article's title names and the other article never does. */
const MISSING_LEAD_PERSON = 0.5;
/** Best-sharing candidates scored per article: more only adds articles sharing less. */
const MAX_CANDIDATES = 16;

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
  private readonly datesOf: Statement<[number], { start: number; end: number; iso: string | null }>;
  private readonly membersOf: Statement<[number], { id: number }>;

  constructor(db: Database) {
    this.index = new StoryIndex(db);
    this.read = new StoryReads(db);
    this.corrections = new StoryCorrections(db, this);
    this.articleRow = db.prepare('SELECT title, published, imported_at AS importedAt, language FROM articles WHERE id = ?');
    this.bodyOf = db.prepare('SELECT body FROM articles WHERE id = ?');
    this.datesOf = db.prepare('SELECT start, end, iso FROM article_dates WHERE article_id = ? ORDER BY start');
    this.membersOf = db.prepare('SELECT article_id AS id FROM story_features WHERE story_id = ? ORDER BY article_id');
  }

  /**
   * Places an article just written, its entities included, in a story: in the transaction that wrote it. `signature`:
   * its articleSignature, when the importer hashed it on a parsing thread (0.05 ms a placement off the main thread).
   */
  place(articleId: number, body?: string, signature?: Uint16Array): void {
    const row = this.articleRow.get(articleId);
    if (!row) return;
    const text = body ?? this.bodyOf.get(articleId)!.body;
    // The dates in the text are read only when the publication date does not say the day.
    // A date's words are the body's at its place (m020).
    const textDates = dayOf(row.published) === null ? this.datesOf.all(articleId).map(({ start, end, iso }) => ({ text: text.slice(start, end), iso })) : [];
    const { named, ...entities } = this.index.entities(articleId, row.title);
    const features: ArticleFeatures = {
      articleId,
      day: eventDay({ ...row, textDates }),
      language: row.language,
      signature: signature ?? articleSignature(row.title, text),
      ...entities,
    };
    this.placeWith(features, named);
  }

  /** Places a stored article again, with the library's current rarities (a re-clustering), preferably in story `wanted`. */
  replace(articleId: number, wanted?: number): void {
    const stored = this.index.features(articleId);
    if (!stored) return this.place(articleId);
    const { named, ...entities } = this.index.entities(articleId, this.articleRow.get(articleId)!.title);
    this.placeWith({ ...stored, articleId, ...entities }, named, wanted);
  }

  members(storyId: number): number[] {
    return this.membersOf.all(storyId).map((r) => r.id);
  }

  /** Stores the article's features and puts it in a story; `named`: how many placed articles name each of its entities. */
  private placeWith(f: ArticleFeatures, named: ReadonlyMap<number, number>, wanted?: number): void {
    const weighted: Weighted = new Map([...f.codes].map(([id, code]) => [id, [this.index.rarity(named.get(id)!), keyWeight(code), named.get(id)!] as const]));
    this.index.store(f, norm(weighted));
    this.assign(f, weighted, wanted);
  }

  private assign(f: ArticleFeatures, weighted: Weighted, wanted?: number): void {
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

  /**
   * A candidate's score, with its norms across languages and its head people read only when the score could reach the
   * mean threshold: most candidates share little more than a country.
   */
  private pairScore(profiles: PairProfiles, f: ArticleFeatures, self: Side, other: Side & { articleId: number }, dot: number): number {
    const plain = pairScore(self, other, dot);
    const across = other.language !== f.language;
    if (plain * (across ? MAX_CROSS_GAIN : 1) < MEAN_THRESHOLD) return plain;
    const score = across
      ? pairScore({ ...self, norm: profiles.crossNorm(f.articleId, f.language) }, { ...other, norm: profiles.crossNorm(other.articleId, other.language) }, dot)
      : plain;
    return score < MEAN_THRESHOLD ? score : score * profiles.headFactor(f.articleId, other.articleId);
  }

  private bestStory(f: ArticleFeatures, weighted: Weighted, avoid: ReadonlySet<number>): number | undefined {
    const shared = [...this.index.shared(f, weighted)].sort((x, y) => y[1].dot - x[1].dot).slice(0, MAX_CANDIDATES);
    const self: Side = { day: f.day, language: f.language, signature: f.signature, norm: norm(weighted) };
    const candidates = shared.length === 0 ? new Map<number, Candidate>() : this.index.candidates(shared.map(([id]) => id));
    const profiles = new PairProfiles(this.index, { articleId: f.articleId, day: f.day, weighted, people: f.people }, candidates);
    const byStory = new Map<number, number[]>();
    for (const [id, sharedWeight] of shared) {
      const other = candidates.get(id);
      if (!other || avoid.has(other.storyId)) continue;
      const list = byStory.get(other.storyId) ?? [];
      const missing = f.leadPeople.size - sharedWeight.leadPeople;
      list.push(this.pairScore(profiles, f, self, other, sharedWeight.dot) * MISSING_LEAD_PERSON ** missing);
      byStory.set(other.storyId, list);
    }
    let best: number | undefined;
    let bestScore = 0;
    for (const [story, scores] of byStory) {
      const max = Math.max(...scores);
      if (max < JOIN_THRESHOLD || max <= bestScore) continue;
      // The size is read only for a story the article could join: most candidates' stories are not.
      const size = this.index.storySize(story);
      if (size !== undefined && scores.reduce((x, y) => x + y, 0) / size >= MEAN_THRESHOLD) [best, bestScore] = [story, max];
    }
    return best;
  }
}

/** The squared length of the article's entity vector, Σ (rarity × weight)². */
function norm(weighted: Weighted): number {
  let sum = 0;
  for (const [rarity, weight] of weighted.values()) sum += (rarity * weight) ** 2;
  return sum;
}
