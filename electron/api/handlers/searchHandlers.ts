import { type HandlerContext, type HandlersOf, NotFoundError } from './Handlers';

type SearchChannel =
  | 'articles.query'
  | 'articles.setRead'
  | 'articles.setStarred'
  | 'facets.query'
  | 'views.list'
  | 'views.save'
  | 'views.delete'
  | 'views.current'
  | 'views.setCurrent';

const CURRENT_QUERY = 'view.query';

export function searchHandlers({ library }: HandlerContext): HandlersOf<SearchChannel> {
  return {
    'articles.query': ({ query, limit, offset }) => library.search.query(query, limit, offset),
    'articles.setRead': ({ ids, read }) => ({ changed: library.reading.setRead(ids, read) }),
    'articles.setStarred': ({ ids, starred }) => ({ changed: library.reading.setStarred(ids, starred) }),
    'facets.query': ({ query, ...windows }) => library.facets.facets(query, windows),
    'views.list': () => ({ views: library.views.list().map((v) => ({ ...v, count: library.search.total(v.query) })) }),
    'views.save': ({ name, query }) => ({ id: library.views.save(name, query) }),
    'views.delete': ({ id }) => {
      if (!library.views.delete(id)) throw new NotFoundError(`There is no saved search ${id}.`);
      return {};
    },
    'views.current': () => ({ query: library.getSetting(CURRENT_QUERY) ?? '' }),
    'views.setCurrent': ({ query }) => {
      library.setSetting(CURRENT_QUERY, query);
      return {};
    },
  };
}
