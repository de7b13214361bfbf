import type { Candidate, StoryIndex, Weighted } from './StoryIndex';

/** A language-specific entity (one no article in another language names in those days) counts this much in a norm. */
const LANGUAGE_SPECIFIC = 0.7;
/** The most that counting them so can raise a pair's score across languages: each side's length shrinks at most to 0.7. */
export const MAX_CROSS_GAIN = 1 / LANGUAGE_SPECIFIC ** 2;
/** A pair's score is multiplied by this for each side whose head person the other names only in passing. */
const HEAD_MISSING = 0.5;
/** "In passing": the head person's weight in the other article is below this share of that article's heaviest entity. */
const IN_PASSING = 0.3;

interface Profile {
  weights: Map<number, number>;
  /** How many placed articles name each of its entities: read for a pair across languages only. */
  named?: Map<number, number>;
  heaviest: number;
  /** The person(s) the article is most about, when nothing it names weighs more: whom the event is about. */
  heads: number[];
  /** The squared length of its entity vector for a pair across languages. */
  crossNorm?: number;
}

/**
 * What a placement reads of its candidates beyond the stored features, once per article and entity (a placement
 * scores at most MAX_CANDIDATES candidates, so this does not grow with the library).
 */
export class PairProfiles {
  private readonly profiles = new Map<number, Profile>();
  private readonly otherLanguage = new Map<string, boolean>();

  constructor(
    private readonly index: StoryIndex,
    /**
     * The article being placed: its day, around which entities are looked for in other languages (within DAY_WINDOW
     * days), and its entities' rarities as its own score uses them (counted before it was stored).
     */
    private readonly placed: { articleId: number; day: number; weighted: Weighted; people: ReadonlySet<number> },
    /** The candidates, whose rows list their entities. */
    private readonly candidates: ReadonlyMap<number, Candidate>,
  ) {}

  /**
   * The squared length of an article's entity vector for comparing it with one in another language, its
   * language-specific entities weighed down: an entity that no article in another language names in those days (a
   * Russian-only organisation's name, a place only one script spells) cannot be shared across languages, and at full
   * weight would only dilute the cosine of two reports of one event.
   */
  crossNorm(articleId: number, language: string | null): number {
    const profile = this.profile(articleId);
    if (profile.crossNorm === undefined) {
      let sum = 0;
      const named = articleId === this.placed.articleId ? undefined : (profile.named ??= this.index.namedCounts(this.candidates.get(articleId)!.entities));
      for (const [entity, weight] of profile.weights) {
        const scale = this.seenInOtherLanguage(entity, language) ? 1 : LANGUAGE_SPECIFIC;
        const rarity = named ? this.index.rarity(named.get(entity)!) : this.placed.weighted.get(entity)![0];
        sum += (rarity * weight * scale) ** 2;
      }
      profile.crossNorm = sum;
    }
    return profile.crossNorm;
  }

  /**
   * The factor for two articles' head people: Lukashenko's talks with Xi Jinping and, the next day, with Li Qiang
   * share places and most people, but each is mostly about one man the other names once in passing.
   */
  headFactor(a: number, b: number): number {
    const [x, y] = [this.profile(a), this.profile(b)];
    let factor = 1;
    for (const [p, q] of [
      [x, y],
      [y, x],
    ] as const) {
      if (p.heads.length > 0 && p.heads.every((head) => (q.weights.get(head) ?? 0) < IN_PASSING * q.heaviest)) factor *= HEAD_MISSING;
    }
    return factor;
  }

  private profile(articleId: number): Profile {
    let profile = this.profiles.get(articleId);
    if (!profile) {
      // The article being placed has just been stored: what was stored is in hand.
      const rows =
        articleId === this.placed.articleId
          ? [...this.placed.weighted].map(([entityId, [, weight]]) => ({ entityId, weight, person: this.placed.people.has(entityId) }))
          : this.index.storedEntities(this.candidates.get(articleId)!.entities);
      const heaviest = Math.max(0, ...rows.map((r) => r.weight));
      const heads = rows.filter((r) => r.person && r.weight === heaviest && heaviest > 0).map((r) => r.entityId);
      profile = { weights: new Map(rows.map((r) => [r.entityId, r.weight])), heaviest, heads };
      this.profiles.set(articleId, profile);
    }
    return profile;
  }

  private seenInOtherLanguage(entity: number, language: string | null): boolean {
    const key = `${entity} ${language}`;
    let seen = this.otherLanguage.get(key);
    if (seen === undefined) this.otherLanguage.set(key, (seen = this.index.keys.seenInOtherLanguage(entity, this.placed.day, language)));
    return seen;
  }
}
