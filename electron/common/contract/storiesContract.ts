import { z } from 'zod';
import { count, id, ids, isoDate, limit, offset, query } from '../shapes/fields';

const storyArticle = z.object({
  id,
  title: z.string(),
  source: z.string().nullable(),
  language: z.string().nullable(),
  published: z.string().nullable(),
});

/** A story: its articles in time order, and who and where it is about (the entities most of its articles name). */
const story = z.object({
  id,
  title: z.string(),
  /** The days of its first and last reports. */
  from: isoDate,
  to: isoDate,
  articles: z.array(storyArticle),
  outlets: z.array(z.string()),
  languages: z.array(z.string()),
  people: z.array(z.string()),
  places: z.array(z.string()),
});

/** A sentence of a compared article, and whether the other article reports it too (in any language). */
const comparedSentence = z.object({ text: z.string(), shared: z.boolean() });
const comparedArticle = storyArticle.extend({ sentences: z.array(comparedSentence) });

const reclusterStatus = z.object({ id, done: count, total: count, finished: z.boolean(), error: z.string().nullable() });

export const storiesContract = {
  /** Stories of two articles or more, newest first; `query` keeps those with an article it matches. */
  'stories.list': {
    request: z.object({ query: query.default(''), limit, offset }).strict(),
    response: z.object({ total: count, stories: z.array(story), hints: z.array(z.string()) }),
  },
  'stories.get': {
    request: z.object({ id }).strict(),
    response: z.object({ story }),
  },
  /** The story an article is in, when it shares it with another article. */
  'stories.ofArticle': {
    request: z.object({ articleId: id }).strict(),
    response: z.object({ story: story.nullable() }),
  },
  /** Two articles side by side, sentence by sentence, each sentence marked as reported by the other or not. */
  'stories.compare': {
    request: z.object({ a: id, b: id }).strict(),
    response: z.object({ a: comparedArticle, b: comparedArticle }),
  },
  /** Takes `articleIds` out of story `id` into a story of their own; both halves stay apart through re-clustering. */
  'stories.split': {
    request: z.object({ id, articleIds: ids }).strict(),
    response: z.object({ story, rest: story.nullable() }),
  },
  /** Makes story `id` part of story `into`, for good. */
  'stories.merge': {
    request: z.object({ id, into: id }).strict(),
    response: z.object({ story }),
  },
  /** Takes one article out of its story, for good: it stands alone (or joins another story later). */
  'stories.moveOut': {
    request: z.object({ articleId: id }).strict(),
    response: z.object({ story: story.nullable() }),
  },
  /** Groups the library again in the background: every article (`all`), or only those never placed. */
  'stories.recluster': {
    request: z.object({ all: z.boolean().default(true) }).strict(),
    response: z.object({ jobId: id.nullable() }),
  },
  'stories.reclusterStatus': {
    request: z.object({ jobId: id }).strict(),
    response: reclusterStatus,
  },
} as const;

export type Story = z.infer<typeof story>;
export type StoryArticle = z.infer<typeof storyArticle>;
export type ComparedArticle = z.infer<typeof comparedArticle>;
export type ReclusterStatus = z.infer<typeof reclusterStatus>;
