import type { HandlerContext, PrefixHandlers } from './Handlers';

export function highlightsHandlers({ library }: HandlerContext): PrefixHandlers<'highlights'> {
  const { highlights, query } = library.annotations;
  return {
    'highlights.create': ({ articleId, target, ...fields }) => ({ highlight: highlights.create(articleId, target, fields) }),
    'highlights.update': ({ id, ...changes }) => ({ highlight: highlights.update(id, changes) }),
    'highlights.delete': ({ id }) => ({ highlight: highlights.delete(id) }),
    'highlights.restore': ({ highlight }) => ({ highlight: highlights.put(highlight).highlight }),
    'highlights.reattach': ({ id, start, end }) => ({ highlight: highlights.reattach(id, start, end) }),
    'highlights.passage': ({ id }) => {
      const highlight = highlights.get(id);
      return { passage: highlight.orphaned ? library.articles.versions.passage(highlight.articleId, highlight) : null };
    },
    'highlights.find': (filter) => query.find(filter),
  };
}
