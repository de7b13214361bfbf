import { z } from 'zod';
import { count, empty, id, ids } from '../shapes/fields';
import { tags } from './highlightsContract';

const tagSummary = z.object({ id, name: z.string(), articles: count, highlights: count });
const tagRef = z.object({ id, name: z.string() });

export const tagsContract = {
  'tags.list': {
    request: empty,
    response: z.object({ tags: z.array(tagSummary) }),
  },
  'tags.setForArticle': {
    request: z.object({ articleId: id, tags }).strict(),
    response: z.object({ tags: z.array(z.string()) }),
  },
  /** Tags many articles at once, keeping the tags they have; `added` counts the new (article, tag) pairs. */
  'tags.addToArticles': {
    request: z.object({ ids, tags: tags.min(1) }).strict(),
    response: z.object({ added: count }),
  },
  /** Renaming onto an existing name merges the two. */
  'tags.rename': {
    request: z.object({ id, name: z.string().max(100) }).strict(),
    response: z.object({ tag: tagRef }),
  },
  'tags.merge': {
    request: z.object({ from: id, into: id }).strict(),
    response: z.object({ tag: tagRef }),
  },
  'tags.delete': {
    request: z.object({ id }).strict(),
    response: empty,
  },
} as const;

export type TagSummary = z.infer<typeof tagSummary>;
