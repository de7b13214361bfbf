import type { Database, Statement } from 'better-sqlite3';
import { knownOutlet } from '../parse/outlets';
import { keyCode, keyPerson, keyWeight } from './keyWeight';
import { signatureBytes, signatureOf } from './minHash';
import { unpackSpans } from '../entities/store/packedSpans';
import { articleOf, StoryKeys } from './StoryKeys';

/** What clustering compares of an article. */
export interface ArticleFeatures {
  articleId: number;
  day: number;
  language: string | null;
  signature: Uint16Array;
  /** Its entities (cross-language keys: 习近平 and Xi Jinping are one), each with how much the article is about it (keyWeight.ts). */
  codes: Map<number, number>;
  /** The people its title names: who the event is about. */
  leadPeople: Set<number>;
  /** Which of its entities are people. */
  people: Set<number>;
}

/** A stored article found as a candidate, with what the scoring needs of it. */
export interface Candidate {
  articleId: number;
  storyId: number;
  day: number;
  language: string | null;
  signature: Uint16Array;
  norm: number;
  /** Its entities as stored: a JSON array, entity, code, entity, code … */
  entities: string;
}

type CandidateRow = [articleId: number, storyId: number, day: number, language: string | null, norm: number, entities: string, minhash: Buffer];

/** One of a placed article's entities as stored. */
export interface StoredEntity {
  entityId: number;
  weight: number;
  person: boolean;
}

/** What an article shares with a candidate: the dot product of their entity vectors, and how many of its lead's people. */
export interface Shared {
  dot: number;
  leadPeople: number;
}

/** An article's entities, each with its rarity, its weight in the article, and how many placed articles named it then. */
export type Weighted = ReadonlyMap<number, readonly [rarity: number, weight: number, named: number]>;

/** Characters of an article's lead: an entity named there is what the article is about. */
const LEAD = 300;

/** The stories' SQL: features and memberships (one row an article), the entity-by-day index and the user's links. */
export class StoryIndex {
  private readonly entitiesOf: Statement<[number], { id: number; kind: string; name: string; spans: Buffer; named: number }>;
  private readonly aliasesOf: Statement<[number, number], { alias: string }>;
  private readonly addFeatures: Statement;
  private readonly rewriteFeatures: Statement;
  private readonly storedRow: Statement<[number], { day: number; language: string | null; entities: string }>;
  private readonly candidateReaders = new Map<number, Statement<number[], CandidateRow>>();
  private readonly sizeOf: Statement<[number], { size: number }>;
  private readonly countsOf: Statement<[string], { entityId: number; articles: number }>;
  private readonly linksOf: Statement<[number, number], { other: number; together: number }>;
  private readonly storyOfStmt: Statement<[number], { storyId: number | null }>;
  private readonly join: Statement;
  private readonly newStory: Statement;
  private readonly newStoryWithId: Statement;
  private readonly storyFree: Statement<[number], { id: number }>;
  private readonly placedCount: Statement<[], { n: number }>;
  private readonly featuresRow: Statement<[number], { day: number; language: string | null; minhash: Buffer }>;
  /** Placed articles, N in rarity: read with each placed article's entities, and counted up as it is stored. */
  private articles = 0;

  /** The entity-by-day index. */
  readonly keys: StoryKeys;

  constructor(private readonly db: Database) {
    this.keys = new StoryKeys(db);
    // An entity's mentions in the article are one row, its spans (m022). On import they were just written and their pages
    // are cached: reading them back cost about 0.12 ms a placement at 100,000 articles (a row a mention then), and having
    // the entity writer hand them over instead saved 0.02 ms of it, and writing and placing an article measured no faster.
    this.entitiesOf = db.prepare(`SELECT x.entity_id AS id, e.kind, e.name, x.spans, coalesce(c.articles, 0) AS named
      FROM article_entities x JOIN entities e ON e.id = x.entity_id LEFT JOIN story_key_counts c ON c.entity_id = x.entity_id
      WHERE x.article_id = ? AND e.hidden = 0 ORDER BY x.entity_id`);
    this.aliasesOf = db.prepare('SELECT alias FROM entity_aliases WHERE entity_id = ? AND article_id = ?');
    this.addFeatures = db.prepare(`INSERT INTO story_features (article_id, day, language, norm, entities, minhash) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(article_id) DO NOTHING`);
    this.storedRow = db.prepare('SELECT day, language, entities FROM story_features WHERE article_id = ?');
    this.rewriteFeatures = db.prepare('UPDATE story_features SET day = ?, language = ?, norm = ?, entities = ?, minhash = ? WHERE article_id = ?');
    this.sizeOf = db.prepare('SELECT size FROM stories WHERE id = ?');
    this.countsOf = db.prepare(`SELECT j.value AS entityId, coalesce(c.articles, 0) AS articles FROM json_each(?) j
      LEFT JOIN story_key_counts c ON c.entity_id = j.value WHERE j.key % 2 = 0`);
    this.linksOf = db.prepare(`SELECT b AS other, together FROM story_links WHERE a = ?
      UNION ALL SELECT a AS other, together FROM story_links WHERE b = ?`);
    this.storyOfStmt = db.prepare('SELECT story_id AS storyId FROM story_features WHERE article_id = ?');
    this.join = db.prepare('UPDATE story_features SET story_id = ? WHERE article_id = ?');
    this.newStory = db.prepare('INSERT INTO stories DEFAULT VALUES');
    this.newStoryWithId = db.prepare('INSERT INTO stories (id) VALUES (?)');
    this.storyFree = db.prepare('SELECT id FROM stories WHERE id = ?');
    this.placedCount = db.prepare('SELECT n FROM placed_articles');
    this.featuresRow = db.prepare('SELECT day, language, minhash FROM story_features WHERE article_id = ?');
  }

  /** A placed article's entities as stored (Candidate.entities): each one's weight in it, and whether it is a person. */
  storedEntities(entities: string): StoredEntity[] {
    const codes = JSON.parse(entities) as number[];
    const stored: StoredEntity[] = [];
    for (let i = 0; i < codes.length; i += 2) stored.push({ entityId: codes[i]!, weight: keyWeight(codes[i + 1]!), person: keyPerson(codes[i + 1]!) });
    return stored;
  }

  /**
   * How many placed articles name each of a placed article's entities (as stored, Candidate.entities) now. Read apart
   * from storedEntities: only a pair across languages needs them, and they were a statement for every candidate scored.
   */
  namedCounts(entities: string): Map<number, number> {
    return new Map(this.countsOf.all(entities).map((r) => [r.entityId, r.articles]));
  }

  /**
   * The article's visible entities, as the extractor last wrote them, each weighted by how much the article is about
   * it: 1 + ln(mentions), doubled when named in the lead. Outlets are left out: two of Xinhua's reports both name
   * Xinhua, whatever they report. The people of the title are those named in it as in the text (any alias seen there).
   * With them, how many placed articles name each (this one included, if it was placed before); and how many placed
   * articles there are (m026 keeps the number), for their rarities.
   */
  entities(articleId: number, title: string): Pick<ArticleFeatures, 'codes' | 'leadPeople' | 'people'> & { named: Map<number, number> } {
    const headline = title.toLocaleLowerCase();
    const codes = new Map<number, number>();
    const leadPeople = new Set<number>();
    const people = new Set<number>();
    const named = new Map<number, number>();
    this.articles = this.placedCount.get()!.n;
    const inHeadline = (name: string) => headline.includes(name.toLocaleLowerCase());
    for (const e of this.entitiesOf.all(articleId)) {
      if (e.kind === 'org' && knownOutlet(e.name) !== null) continue;
      // In text order: the first span is the first mention. A pair from before m022 may have none.
      const spans = unpackSpans(e.spans);
      if (spans.length === 0) continue;
      const first = spans[0]!.start;
      codes.set(e.id, keyCode(spans.length, e.kind === 'person', first < LEAD));
      named.set(e.id, e.named);
      if (e.kind === 'person') people.add(e.id);
      if (e.kind !== 'person' || first >= LEAD) continue;
      if (inHeadline(e.name) || this.aliasesOf.all(e.id, articleId).some((a) => inHeadline(a.alias))) leadPeople.add(e.id);
    }
    return { codes, leadPeople, people, named };
  }

  /**
   * The rarity of an entity `articles` placed articles name, ln(1 + N / (articles + 1)): "China", in most articles,
   * weighs little; a vice-chairman named in a few weighs a lot. N is the placed articles' number as read with the
   * entities of the article being placed (entities), counted up when it is stored.
   */
  rarity(articles: number): number {
    return Math.log(1 + Math.max(1, this.articles) / (articles + 1));
  }

  /**
   * Stores what clustering needs of an article (replacing what it had, its story kept), and indexes its entities by its
   * day. Placed again unchanged (a re-clustering), its keys are left as they are.
   */
  store(f: ArticleFeatures, norm: number): void {
    const signature = signatureBytes(f.signature);
    const entities = JSON.stringify([...f.codes].flat());
    if (this.addFeatures.run(f.articleId, f.day, f.language, norm, entities, signature).changes > 0) {
      this.keys.write(f.articleId, f.day, f.language, f.codes, entities);
      this.articles++;
      return;
    }
    const before = this.storedRow.get(f.articleId)!;
    this.rewriteFeatures.run(f.day, f.language, norm, entities, signature, f.articleId);
    if (before.day === f.day && before.language === f.language && before.entities === entities) return;
    this.keys.clear(before.entities, before.day, f.articleId);
    this.keys.write(f.articleId, f.day, f.language, f.codes, entities);
  }

  /** What was stored of an article, or undefined when it has not been placed yet. */
  features(articleId: number): Omit<ArticleFeatures, 'articleId' | 'codes' | 'leadPeople' | 'people'> | undefined {
    const row = this.featuresRow.get(articleId);
    return row && { day: row.day, language: row.language, signature: signatureOf(row.minhash) };
  }

  /**
   * For each article within DAY_WINDOW days sharing one of `weighted`'s entities: the dot product of the two entity
   * vectors, Σ rarity² × weight here × weight there. An entity no other placed article names is not looked up.
   * One statement an entity (and one for the recent keys of all, StoryKeys.near): one for all of them (json_each, each
   * entity's first rows gathered into a JSON array or a list) was slower, 0.17 against 0.13 ms a placement, building and parsing the lists costing more than it saves.
   * Reading each key's language here too, to answer seenInOtherLanguage for these entities (4.5 statements a placement
   * down to 1.9), measured no faster: the statements left are the ones whose pages are not in the cache.
   */
  shared(f: ArticleFeatures, weighted: Weighted): Map<number, Shared> {
    const found = new Map<number, Shared>();
    const near = this.keys.near(
      [...weighted].filter(([, [, , named]]) => named > 0).map(([entity]) => entity),
      f.day,
    );
    for (const [entity, [rarity, here, named]] of weighted) {
      if (named === 0) continue;
      const lead = f.leadPeople.has(entity) ? 1 : 0;
      for (const [place, code] of near.get(entity)!) {
        const articleId = articleOf(place);
        if (articleId === f.articleId) continue;
        const weight = keyWeight(code);
        const sum = found.get(articleId);
        if (sum) {
          sum.dot += rarity * rarity * here * weight;
          sum.leadPeople += lead;
        } else found.set(articleId, { dot: rarity * rarity * here * weight, leadPeople: lead });
      }
    }
    return found;
  }

  /**
   * Placed articles' features and stories, by id; one not placed (yet, in a re-clustering) is left out. Their stories'
   * sizes are read apart (storySize), for the few stories a placement could join: read with each candidate, they were a
   * random row of another table each, 0.05–0.1 ms a placement at 100,000 articles.
   */
  candidates(articleIds: readonly number[]): Map<number, Candidate> {
    const found = new Map<number, Candidate>();
    for (const [articleId, storyId, day, language, norm, entities, minhash] of this.candidateReader(articleIds.length).all(...articleIds)) {
      found.set(articleId, { articleId, storyId, day, language, norm, entities, signature: signatureOf(minhash) });
    }
    return found;
  }

  /**
   * One statement for each number of candidates (up to MAX_CANDIDATES), its rows as arrays: 0.08 against 0.11–0.12 ms
   * CPU a placement at 100,000 articles (the two alternated in one transaction) with the ids as one JSON list and the
   * rows as objects.
   */
  private candidateReader(count: number): Statement<number[], CandidateRow> {
    let stmt = this.candidateReaders.get(count);
    if (!stmt) {
      stmt = this.db
        .prepare<number[], CandidateRow>(
          `SELECT article_id, story_id, day, language, norm, entities, minhash FROM story_features
          WHERE article_id IN (${Array.from({ length: count }, () => '?').join(', ')}) AND story_id IS NOT NULL`,
        )
        .raw();
      this.candidateReaders.set(count, stmt);
    }
    return stmt;
  }

  /** A story's article count; undefined for a story that is gone. */
  storySize(storyId: number): number | undefined {
    return this.sizeOf.get(storyId)?.size;
  }

  /** The user's links of an article: the others it was kept together with, and apart from. */
  links(articleId: number): { together: number[]; apart: number[] } {
    const rows = this.linksOf.all(articleId, articleId);
    return { together: rows.filter((r) => r.together === 1).map((r) => r.other), apart: rows.filter((r) => r.together === 0).map((r) => r.other) };
  }

  storyOf(articleId: number): number | undefined {
    return this.storyOfStmt.get(articleId)?.storyId ?? undefined;
  }

  /** Puts a stored article in a story (moving it out of the one it was in). */
  setStory(articleId: number, storyId: number): void {
    this.join.run(storyId, articleId);
  }

  /** A new, empty story: with the id asked for when it is free (a re-clustering keeps stories' ids), else a new one. */
  createStory(wanted?: number): number {
    if (wanted !== undefined && !this.storyFree.get(wanted)) return Number(this.newStoryWithId.run(wanted).lastInsertRowid);
    return Number(this.newStory.run().lastInsertRowid);
  }
}
