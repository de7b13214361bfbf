import { type HandlerContext, type HandlersOf, NotFoundError } from './Handlers';

export function articleHandlers({ library }: HandlerContext): HandlersOf<'articles.list' | 'articles.get' | 'articles.search'> {
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
    'articles.search': ({ query, limit, offset }) => library.search.search(query, limit, offset),
  };
}
