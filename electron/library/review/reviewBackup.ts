import type { Database } from 'better-sqlite3';
import { z } from 'zod';

const time = z.string().min(1).max(40);

/** The review's schedule as a backup carries it: each card by its highlight's uuid, and the days reviewed (the streak). */
export const reviewBackupSchema = z
  .object({
    cards: z.array(
      z
        .object({
          highlight: z.guid(),
          shown: z.number().int().min(0),
          lastShownAt: time.nullable(),
          dueAt: time.nullable(),
          hiddenUntil: time.nullable(),
          discarded: z.boolean(),
          halfLifeDays: z.number().positive().nullable(),
          recalledAt: time.nullable(),
        })
        .strict()
        .refine((c) => (c.halfLifeDays === null) === (c.recalledAt === null), { message: 'halfLifeDays and recalledAt go together', path: ['recalledAt'] }),
    ),
    days: z.array(z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), answers: z.number().int().positive() }).strict()),
  })
  .strict();

export type ReviewBackup = z.infer<typeof reviewBackupSchema>;

export function readReviewBackup(db: Database): ReviewBackup {
  const cards = db
    .prepare(
      `SELECT h.uuid AS highlight, r.shown, r.last_shown_at AS lastShownAt, r.due_at AS dueAt, r.hidden_until AS hiddenUntil, r.discarded,
      r.half_life_days AS halfLifeDays, r.recalled_at AS recalledAt FROM review_cards r JOIN highlights h ON h.id = r.highlight_id ORDER BY h.uuid`,
    )
    .all() as (Omit<ReviewBackup['cards'][number], 'discarded'> & { discarded: number })[];
  const days = db.prepare('SELECT day, answers FROM review_days ORDER BY day').all() as ReviewBackup['days'];
  return { cards: cards.map((c) => ({ ...c, discarded: c.discarded === 1 })), days };
}

/**
 * Puts the schedule back once the highlights are back; a card whose highlight the backup does not hold is refused by
 * the schema. What the library has already (a library export imported twice) is kept as it is.
 */
export function restoreReviewBackup(db: Database, review: ReviewBackup): void {
  const card = db.prepare(`INSERT OR IGNORE INTO review_cards (highlight_id, shown, last_shown_at, due_at, hidden_until, discarded, half_life_days, recalled_at)
    SELECT id, @shown, @lastShownAt, @dueAt, @hiddenUntil, @discarded, @halfLifeDays, @recalledAt FROM highlights WHERE uuid = @highlight COLLATE NOCASE`);
  for (const c of review.cards) card.run({ ...c, discarded: c.discarded ? 1 : 0 });
  const day = db.prepare('INSERT OR IGNORE INTO review_days (day, answers) VALUES (@day, @answers)');
  for (const d of review.days) day.run(d);
}
