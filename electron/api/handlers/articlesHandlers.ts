import { restoreVersion } from '../../library/articles/restoreVersion';
import { type HandlerContext, NotFoundError, type PrefixHandlers } from './Handlers';

export function articlesHandlers({ library }: HandlerContext): PrefixHandlers<'articles'> {
  /** Putting away an article that is not there is a mistake worth naming (a mistyped id on the command line). */
  const existing = (ids: readonly number[]) => ids.map((id) => library.articles.require(id));
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
    'articles.setArchived': ({ ids, archived }) => library.shelves.setArchived(existing(ids), archived),
    'articles.setTrashed': ({ ids, trashed }) => library.shelves.setTrashed(existing(ids), trashed),
    'articles.trash': ({ limit, offset }) => library.shelves.trashed(limit, offset),
    'articles.emptyTrash': () => library.shelves.emptyTrash(),
    'articles.versions': ({ id }) => ({ versions: library.articles.versions.list(id) }),
    'articles.version': ({ id, version }) => ({ version: library.articles.versions.text(id, version) }),
    'articles.restoreVersion': ({ id, version }) => ({
      versions: restoreVersion(library.db, { articles: library.articles, entities: library.entities, highlights: library.annotations.highlights }, id, version),
    }),
    'articles.versionsKept': () => ({ kept: library.articles.versions.kept() }),
    'articles.setVersionsKept': ({ kept }) => ({ kept: library.articles.versions.setKept(kept) }),
  };
}
