import type { PrefixHandlers, HandlerContext } from './Handlers';

export function feedsHandlers({ library }: HandlerContext): PrefixHandlers<'feeds'> {
  const { feeds } = library;
  return {
    'feeds.list': () => ({ feeds: feeds.list() }),
    'feeds.add': ({ url, folder, fullText }) => feeds.add(url, { folder, fullText }),
    'feeds.refresh': async ({ id }) => {
      const ids = id === undefined ? feeds.list().map((f) => f.id) : [feeds.summary(id).id];
      return { results: await feeds.refreshMany(ids) };
    },
    'feeds.remove': ({ id }) => {
      feeds.remove(id);
      return {};
    },
    'feeds.rename': ({ id, title }) => ({ feed: feeds.configure(id, { title }) }),
    'feeds.configure': ({ id, ...changes }) => ({ feed: feeds.configure(id, changes) }),
    'feeds.importOpml': ({ opml }) => feeds.importOpml(Buffer.from(opml, 'utf8')),
    'feeds.exportOpml': () => ({ opml: feeds.exportOpml() }),
  };
}
