import { type HandlerContext, NotFoundError, type PrefixHandlers } from './Handlers';

const CURRENT_QUERY = 'view.query';

export function viewsHandlers({ library }: HandlerContext): PrefixHandlers<'views'> {
  return {
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
