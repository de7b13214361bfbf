import type { Database } from 'better-sqlite3';
import {
  DEFAULT_REVIEW_SETTINGS,
  reviewSettings,
  type ReviewAnswer,
  type ReviewCard,
  type ReviewSchedule,
  type ReviewSettings,
} from '../../common/contract/reviewContract';
import { HIGHLIGHT_COLUMNS, toHighlight, type HighlightRow } from '../annotations/highlightRows';
import { StatementCache } from '../db/StatementCache';
import { answerCard, NEW_CARD, recallProbability, type CardState } from './answerCard';
import { reviewCandidates } from './reviewCandidates';
import { localDay, startOfDay, startOfNextDay, streak } from './reviewDays';
import { seededRandom } from './seededRandom';
import { selectReviewCards, type ReviewCandidate } from './selectReviewCards';
import { sentenceAround } from './sentenceAround';

const SETTINGS_KEY = 'review.settings';

interface Settings {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

const CARD_COLUMNS = `COALESCE(r.shown, 0) AS shown, r.last_shown_at AS lastShownAt, r.due_at AS dueAt, r.hidden_until AS hiddenUntil,
  COALESCE(r.discarded, 0) AS discarded, r.half_life_days AS halfLifeDays, r.recalled_at AS recalledAt`;

type CardRow = Omit<CardState, 'discarded'> & { discarded: number };

/** The daily review of highlights: today's cards (drawn by selectReviewCards), the answers, the streak and the settings. */
export class ReviewStore {
  private readonly statements: StatementCache;

  constructor(
    private readonly db: Database,
    private readonly settingsStore: Settings,
  ) {
    this.statements = new StatementCache(db);
  }

  settings(): ReviewSettings {
    const stored = this.settingsStore.get(SETTINGS_KEY);
    const parsed = reviewSettings.partial().safeParse(stored === null ? {} : JSON.parse(stored));
    return { ...DEFAULT_REVIEW_SETTINGS, ...(parsed.success ? parsed.data : {}) };
  }

  setSettings(changes: Partial<ReviewSettings>): ReviewSettings {
    const next = { ...this.settings(), ...changes };
    this.settingsStore.set(SETTINGS_KEY, JSON.stringify(next));
    return next;
  }

  /**
   * Today's cards still to answer. The day and the query seed the draw, so asking again the same day gives the same
   * cards, less those answered since.
   */
  today(query: string, count: number | undefined, now = new Date()): { cards: ReviewCard[]; streak: number; answeredToday: number; hints: string[] } {
    const { where, hints } = reviewCandidates(query);
    const rows = this.statements
      .get(
        `SELECT h.id, h.article_id AS articleId, h.created_at AS created, a.starred AS favourite, ${CARD_COLUMNS}
        FROM highlights h JOIN articles a ON a.id = h.article_id LEFT JOIN review_cards r ON r.highlight_id = h.id
        WHERE ${where.sql} ORDER BY h.id`,
      )
      .all(...where.params) as (CardRow & { id: number; articleId: number; created: string; favourite: number })[];
    const candidates: ReviewCandidate[] = rows.map((r) => ({
      id: r.id,
      articleId: r.articleId,
      created: r.created,
      favourite: r.favourite === 1,
      card: toCard(r),
    }));
    const settings = { ...this.settings(), ...(count === undefined ? {} : { count }) };
    const ids = selectReviewCards(candidates, settings, { now, dayStart: startOfDay(now) }, seededRandom(`${localDay(now)}\n${query}`));
    return { cards: ids.map((id) => this.card(id, now)), ...this.progress(now), hints };
  }

  /** Records an answer to a card (which need not be among today's: the CLI and undo may answer any highlight). */
  answer(highlightId: number, answer: ReviewAnswer, now = new Date()): { schedule: ReviewSchedule; streak: number; answeredToday: number } {
    const next = this.db.transaction(() => {
      const card = answerCard(this.state(highlightId), answer, now, startOfNextDay(now));
      this.statements
        .get(
          `INSERT OR REPLACE INTO review_cards (highlight_id, shown, last_shown_at, due_at, hidden_until, discarded, half_life_days, recalled_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(highlightId, card.shown, card.lastShownAt, card.dueAt, card.hiddenUntil, card.discarded ? 1 : 0, card.halfLifeDays, card.recalledAt);
      this.statements.get('INSERT INTO review_days (day, answers) VALUES (?, 1) ON CONFLICT(day) DO UPDATE SET answers = answers + 1').run(localDay(now));
      return card;
    })();
    return { schedule: schedule(next, now), ...this.progress(now) };
  }

  /** Whether the highlight exists, for the handler's "not found". */
  has(highlightId: number): boolean {
    return this.statements.get('SELECT 1 FROM highlights WHERE id = ?').get(highlightId) !== undefined;
  }

  private state(highlightId: number): CardState {
    const row = this.statements.get(`SELECT ${CARD_COLUMNS} FROM review_cards r WHERE r.highlight_id = ?`).get(highlightId) as CardRow | undefined;
    return row ? toCard(row) : NEW_CARD;
  }

  private progress(now: Date): { streak: number; answeredToday: number } {
    const days = this.statements.get('SELECT day, answers FROM review_days ORDER BY day DESC LIMIT 4000').all() as { day: string; answers: number }[];
    const today = days.find((d) => d.day === localDay(now));
    return { streak: streak(new Set(days.map((d) => d.day)), now), answeredToday: today?.answers ?? 0 };
  }

  private card(id: number, now: Date): ReviewCard {
    const row = this.statements
      .get(
        `SELECT ${HIGHLIGHT_COLUMNS}, a.title AS articleTitle, a.source AS articleSource, a.published AS articlePublished, a.body AS articleBody
        FROM highlights h JOIN articles a ON a.id = h.article_id WHERE h.id = ?`,
      )
      .get(id) as HighlightRow & { articleTitle: string; articleSource: string | null; articlePublished: string | null; articleBody: string };
    const { articleTitle, articleSource, articlePublished, articleBody, ...rest } = row;
    const highlight = toHighlight(rest);
    const context =
      highlight.start === null || highlight.end === null
        ? { before: highlight.prefix.trimStart(), after: highlight.suffix.trimEnd() }
        : sentenceAround(articleBody, highlight.start, highlight.end);
    return {
      highlight,
      article: { id: highlight.articleId, title: articleTitle, source: articleSource, published: articlePublished },
      context,
      schedule: schedule(this.state(id), now),
    };
  }
}

function toCard(row: CardRow): CardState {
  return { ...row, discarded: row.discarded === 1 };
}

function schedule(card: CardState, now: Date): ReviewSchedule {
  const { shown, dueAt, hiddenUntil, discarded, halfLifeDays } = card;
  return { shown, dueAt, hiddenUntil, discarded, halfLifeDays, recall: recallProbability(card, now) };
}
