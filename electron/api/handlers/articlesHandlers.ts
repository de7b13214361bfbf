import { type HandlerContext, NotFoundError, type PrefixHandlers } from './Handlers';

export function articlesHandlers({ library }: HandlerContext): PrefixHandlers<'articles'> {
  return {
    'articles.list': (request) => ({
      total: library.articles.count(request.source),
      articles: library.articles.list(request),
    }),
    'articles.get': ({ id }) => {
      const article = library.articles.get(id);
      if (!article) throw new NotFoundError(`There is no article ${id}.`);
      return { article };
    },
    'articles.query': ({ query, limit, offset }) => library.search.query(query, limit, offset),
    'articles.setRead': ({ ids, read }) => ({ changed: library.reading.setRead(ids, read) }),
    'articles.setStarred': ({ ids, starred }) => ({ changed: library.reading.setStarred(ids, starred) }),
  };
}
