import type { HandlerContext, PrefixHandlers } from './Handlers';

export function facetsHandlers({ library }: HandlerContext): PrefixHandlers<'facets'> {
  return {
    'facets.query': async ({ query, ...windows }) => {
      await library.facets.ready();
      return library.facets.facets(query, windows);
    },
  };
}
