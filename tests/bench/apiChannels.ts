import { contract, isChannel, type Channel } from '../../electron/common/contract/contract';

// The API is being extended while the bench is written: it uses the richest channel present at run time
// and builds the request from that channel's own schema, so it follows the app without edits.

/** The results page: `articles.query` where it exists, else `articles.search`. */
export function pageChannel(): Channel {
  const name = ['articles.query', 'articles.search'].find(isChannel);
  if (!name || !isChannel(name)) throw new Error('neither articles.query nor articles.search is in the contract');
  return name;
}

/** Facet counts for a query (`facets.query`), else the query-independent `facets.sources`, else none. */
export function facetChannel(): Channel | null {
  const name = ['facets.query', 'facets.sources'].find(isChannel);
  return name && isChannel(name) ? name : null;
}

/** True when the channel's request has a field for the query text, so its answer depends on the query. */
export function takesQuery(channel: Channel): boolean {
  return requestKeys(channel).some((k) => QUERY_KEY.test(k));
}

const QUERY_KEY = /^(query|q|text)$/;

/** A request for the channel: the query in its text field, a page of `limit`, everything else left to defaults. */
export function requestFor(channel: Channel, query: string, limit: number): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const key of requestKeys(channel)) {
    if (QUERY_KEY.test(key)) request[key] = query;
    else if (key === 'limit') request[key] = limit;
    else if (key === 'offset') request[key] = 0;
  }
  return request;
}

function requestKeys(channel: Channel): string[] {
  const schema = contract[channel].request as unknown as { shape?: Record<string, unknown> };
  return Object.keys(schema.shape ?? {});
}
