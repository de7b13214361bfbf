import { z } from 'zod';
import { count, empty, id, query } from '../shapes/fields';
import { highlight } from '../shapes/highlightShapes';

export const REVIEW_ANSWERS = ['keep', 'sooner', 'later', 'discard', 'remembered', 'forgot'] as const;

/** How the daily review draws: how many cards, and how much more often favourites and recent highlights come up. */
export const reviewSettings = z
  .object({
    count: z.number().int().min(1).max(100),
    /** Highlights in starred articles are this many times as likely. */
    favouriteWeight: z.number().min(0.1).max(10),
    /** Highlights made in the last `recentDays` days are this many times as likely. */
    recentWeight: z.number().min(0.1).max(10),
    recentDays: z.number().int().min(1).max(3650),
  })
  .strict();

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { count: 10, favouriteWeight: 2, recentWeight: 2, recentDays: 30 };

/** Where a card stands in the review. `recall` and `halfLifeDays` only for a card under spaced repetition. */
const reviewSchedule = z.object({
  shown: count,
  dueAt: z.string().nullable(),
  hiddenUntil: z.string().nullable(),
  discarded: z.boolean(),
  halfLifeDays: z.number().nullable(),
  recall: z.number().nullable(),
});

const reviewCard = z.object({
  highlight,
  article: z.object({ id, title: z.string(), source: z.string().nullable(), published: z.string().nullable() }),
  /** The rest of the sentence (or sentences) the quote stands in. */
  context: z.object({ before: z.string(), after: z.string() }),
  schedule: reviewSchedule,
});

const progress = { streak: count, answeredToday: count };

export const reviewContract = {
  /** Today's cards: the ones still to answer, due ones first. `query` (the search box's language) makes a themed review. */
  'review.today': {
    request: z.object({ query: query.default(''), count: z.number().int().min(1).max(100).optional() }).strict(),
    response: z.object({ cards: z.array(reviewCard), ...progress, hints: z.array(z.string()) }),
  },
  'review.answer': {
    request: z.object({ highlightId: id, answer: z.enum(REVIEW_ANSWERS) }).strict(),
    response: z.object({ schedule: reviewSchedule, ...progress }),
  },
  'review.settings': {
    request: empty,
    response: reviewSettings,
  },
  'review.setSettings': {
    request: reviewSettings.partial().strict(),
    response: reviewSettings,
  },
} as const;

export type ReviewSettings = z.infer<typeof reviewSettings>;
export type ReviewAnswer = (typeof REVIEW_ANSWERS)[number];
export type ReviewSchedule = z.infer<typeof reviewSchedule>;
export type ReviewCard = z.infer<typeof reviewCard>;
