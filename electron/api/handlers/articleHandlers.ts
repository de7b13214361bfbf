import { type HandlerContext, type HandlersOf, NotFoundError } from './Handlers';

export function articleHandlers({ library }: HandlerContext): HandlersOf<'articles.list' | 'articles.get'> {
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
  };
}
