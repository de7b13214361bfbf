import type { Database, Statement } from 'better-sqlite3';
import { mergedRows } from '../db/mergedRows';

/** How far apart, in days, two reports of one event may be; wider windows only add candidates to score. */
export const DAY_WINDOW = 3;
/** Rows read per entity: a common entity (China) would otherwise bring every article of the week to score. */
const ROWS_PER_ENTITY = 200;
/** Keys written per statement: one statement per few keys, not one per key, as each costs more than the row it writes. */
const KEY_ROWS = 16;
/**
 * Recent keys are moved into story_keys once there are this many, about 4,700 articles' worth (1.3 MB): few enough for
 * their table to stay in the page cache, enough for a move, which changes most pages of story_keys, to come seldom.
 * At 100,000 articles a move of 67,000 keys took 97 ms, 0.02 ms an article; 12,000 keys took 54.
 */
const RECENT_KEYS = 65_536;

/**
 * A key as read back: its place in key order, day × 2³² + article (one number for the two: each column read costs
 * as much as the row), and its code (keyWeight.ts).
 */
export type KeyRow = [place: number, code: number];
/** The article of a key's place; a day before 1970 is negative, its place too. */
export const articleOf = (place: number) => place - Math.floor(place / 2 ** 32) * 2 ** 32;

/**
 * The entity-by-day index of placed articles (entity → day → article, with the article's language and how much it is
 * about the entity), in two tables (m024): keys are written to `story_keys_recent` and moved into `story_keys` in key
 * order, RECENT_KEYS at a time. Written straight into `story_keys`, each of an article's keys landed on a page of its
 * own entity: a batch of 200 imported articles changed most of the table's pages, each written again at the batch's
 * commit. Reads look in both. Importing 2,000 new articles into 100,000, placement added 240 MB to the 1,307 the
 * import wrote, where it added 665, and 0.59–0.72 ms of the main thread's CPU an article (median 0.65, four runs of the
 * stories bench) against 0.69–0.86 (median 0.76, six runs alternated with them); the pages of story_keys that inserts
 * no longer bring into the page cache are now read by the placements (0.08 ms more), but not written at each commit
 * (0.11 ms less) nor on inserting (0.05 ms less; phases timed apart, medians of three). Keys ordered by day first (an article's keys side by side) had halved
 * the writes too, but reading an entity's keys of seven days took seven lookups: the import measured no faster.
 */
export class StoryKeys {
  private readonly writers = new Map<number, Statement>();
  private readonly clearing: Statement<[string, number, number]>[];
  private readonly countKeys: Statement<[string]>;
  private readonly mainNear: Statement<[number, number, number], KeyRow>;
  private readonly recentNear: Statement<[string, number, number], [entityId: number, ...KeyRow]>;
  private readonly otherLanguage: Statement<[number, number, number, number, number, number, string | null], { found: number }>;
  private readonly move: Statement[];
  private readonly countRecent: Statement<[], { n: number }>;
  /** Recent keys, counted once per process and then kept up by hand: a rolled back write or move leaves it off, moving them early or late. */
  private recent: number | null = null;

  constructor(private readonly db: Database) {
    const ofArticle = 'entity_id IN (SELECT value FROM json_each(?) WHERE key % 2 = 0) AND day = ? AND article_id = ?';
    // The main table's deleted keys are counted down by its trigger; the recent table's here (m024).
    this.clearing = [
      `DELETE FROM story_keys WHERE ${ofArticle}`,
      `UPDATE story_key_counts SET articles = articles - 1 WHERE entity_id IN (SELECT entity_id FROM story_keys_recent WHERE ${ofArticle})`,
      `DELETE FROM story_keys_recent WHERE ${ofArticle}`,
    ].map((sql) => db.prepare(sql));
    this.countKeys = db.prepare(`INSERT INTO story_key_counts (entity_id, articles) SELECT value, 1 FROM json_each(?) WHERE key % 2 = 0
      ON CONFLICT(entity_id) DO UPDATE SET articles = articles + 1`);
    const place = '(day << 32) + article_id';
    this.mainNear = db
      .prepare<[number, number, number], KeyRow>(`SELECT ${place}, code FROM story_keys WHERE entity_id = ? AND day BETWEEN ? AND ? LIMIT ${ROWS_PER_ENTITY}`)
      .raw();
    this.recentNear = db
      .prepare<[string, number, number], [number, ...KeyRow]>(
        `SELECT entity_id, ${place}, code FROM story_keys_recent WHERE entity_id IN (SELECT value FROM json_each(?)) AND day BETWEEN ? AND ?`,
      )
      .raw();
    // The first keys of both tables together, in key order (SQLite merges the two searches).
    this.otherLanguage = db.prepare(`SELECT 1 AS found FROM (SELECT day, article_id, language FROM story_keys WHERE entity_id = ? AND day BETWEEN ? AND ?
      UNION ALL SELECT day, article_id, language FROM story_keys_recent WHERE entity_id = ? AND day BETWEEN ? AND ?
      ORDER BY 1, 2 LIMIT ${ROWS_PER_ENTITY}) WHERE language IS NOT ? LIMIT 1`);
    this.move = [
      'INSERT OR IGNORE INTO story_keys (entity_id, day, article_id, language, code) SELECT entity_id, day, article_id, language, code FROM story_keys_recent',
      'DELETE FROM story_keys_recent',
    ].map((sql) => db.prepare(sql));
    this.countRecent = db.prepare('SELECT count(*) AS n FROM story_keys_recent');
  }

  /**
   * Writes an article's keys, and counts them in story_key_counts by a statement of its own rather than by a trigger
   * on the keys (dropped in m023): with the trigger, each multi-row key insert kept a statement journal, in a batch's
   * transaction a temporary file (storing an article, its row, keys and counts, measured 0.061–0.067 against
   * 0.085–0.090 ms CPU at 100,000 articles). Keys are written only for an article that has none (new, or its keys just
   * cleared), so each key counts once.
   */
  write(articleId: number, day: number, language: string | null, codes: ReadonlyMap<number, number>, entities: string): void {
    const keys = [...codes].flatMap(([entity, code]) => [entity, day, articleId, language, code]);
    for (let at = 0; at < keys.length; at += 5 * KEY_ROWS) {
      const part = keys.slice(at, at + 5 * KEY_ROWS);
      this.writer(part.length / 5).run(part);
    }
    this.countKeys.run(entities);
    this.recent = (this.recent ?? this.countRecent.get()!.n) + codes.size;
    if (this.recent >= RECENT_KEYS) this.moveRecent();
  }

  /** Deletes an article's keys: `entities` as stored with them (Candidate.entities), on the day they were written. */
  clear(entities: string, day: number, articleId: number): void {
    for (const stmt of this.clearing) stmt.run(entities, day, articleId);
  }

  /** Moves the recent keys into story_keys, in key order: each page of story_keys is changed once for all of them. */
  moveRecent(): void {
    for (const stmt of this.move) stmt.run();
    this.recent = 0;
  }

  /**
   * Each entity's keys within DAY_WINDOW days of `day`, the first ROWS_PER_ENTITY in key order. The recent keys of
   * them all are read in one statement, most entities having none those days.
   */
  near(entityIds: readonly number[], day: number): Map<number, KeyRow[]> {
    const [from, to] = [day - DAY_WINDOW, day + DAY_WINDOW];
    const recent = new Map<number, KeyRow[]>();
    for (const [entityId, ...row] of this.recentNear.all(JSON.stringify(entityIds), from, to)) {
      const rows = recent.get(entityId);
      if (rows) rows.push(row);
      else recent.set(entityId, [row]);
    }
    const near = new Map<number, KeyRow[]>();
    for (const entityId of entityIds) {
      const main = this.mainNear.all(entityId, from, to);
      const late = recent.get(entityId);
      near.set(entityId, late ? mergedRows(main, late, ROWS_PER_ENTITY, (x, y) => x[0] < y[0]) : main);
    }
    return near;
  }

  /** Whether an entity is named, within DAY_WINDOW days of `day` (its first keys), by an article in another language. */
  seenInOtherLanguage(entityId: number, day: number, language: string | null): boolean {
    const bounds = [entityId, day - DAY_WINDOW, day + DAY_WINDOW] as const;
    return this.otherLanguage.get(...bounds, ...bounds, language) !== undefined;
  }

  private writer(rows: number): Statement {
    let stmt = this.writers.get(rows);
    if (!stmt) {
      const values = Array.from({ length: rows }, () => '(?, ?, ?, ?, ?)').join(', ');
      stmt = this.db.prepare(`INSERT OR IGNORE INTO story_keys_recent (entity_id, day, article_id, language, code) VALUES ${values}`);
      this.writers.set(rows, stmt);
    }
    return stmt;
  }
}
