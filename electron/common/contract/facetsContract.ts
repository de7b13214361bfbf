import { z } from 'zod';
import { count, namedCount, query } from '../shapes/fields';

export const FACET_LISTS = ['sources', 'people', 'places', 'orgs', 'tags'] as const;

/** Which entries of a facet list to send: the top `limit`, among names containing `contains` (case-insensitive). */
const facetWindow = z
  .object({ limit: z.number().int().min(1).max(1000).default(8), contains: z.string().max(200).default('') })
  .strict()
  .default({ limit: 8, contains: '' });
/** `more`: more names match than were sent. */
const facetList = z.object({ entries: z.array(namedCount), more: z.boolean() });
/** Months when the dated matches span three years or less, else years; every bucket from the first to the last, empty ones included. */
const dateHistogram = z.object({ unit: z.enum(['month', 'year']), buckets: z.array(namedCount), undated: count });

const facets = z.object({
  /** Equals the list's total for the same query. */
  total: count,
  /** The list's articles, and apart from them those archived (`is:archived`) and in the Trash (`is:trashed`). */
  library: z.object({ all: count, unread: count, starred: count, notes: count, archived: count, trashed: count }),
  lists: z.object({ sources: facetList, people: facetList, places: facetList, orgs: facetList, tags: facetList }),
  dates: dateHistogram,
  hints: z.array(z.string()),
});

export const facetsContract = {
  'facets.query': {
    request: z.object({ query, sources: facetWindow, people: facetWindow, places: facetWindow, orgs: facetWindow, tags: facetWindow }).strict(),
    response: facets,
  },
} as const;

export type FacetListName = (typeof FACET_LISTS)[number];
export type FacetWindow = z.output<typeof facetWindow>;
export type FacetList = z.infer<typeof facetList>;
export type DateHistogram = z.infer<typeof dateHistogram>;
export type Facets = z.infer<typeof facets>;
