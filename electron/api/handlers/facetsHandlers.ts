import type { HandlerContext, PrefixHandlers } from './Handlers';

export function facetsHandlers({ library }: HandlerContext): PrefixHandlers<'facets'> {
  return {
    'facets.query': ({ query, ...windows }) => library.facets.facets(query, windows),
  };
}
