import type { HandlerContext, PrefixHandlers } from './Handlers';

export function tagsHandlers({ library }: HandlerContext): PrefixHandlers<'tags'> {
  const { tags } = library.annotations;
  return {
    'tags.list': () => ({ tags: tags.list() }),
    'tags.setForArticle': ({ articleId, tags: names }) => ({ tags: tags.setForArticle(library.articles.require(articleId), names) }),
    'tags.addToArticles': ({ ids, tags: names }) => ({
      added: tags.addToArticles(
        ids.map((id) => library.articles.require(id)),
        names,
      ),
    }),
    'tags.rename': ({ id, name }) => ({ tag: tags.rename(id, name) }),
    'tags.merge': ({ from, into }) => ({ tag: tags.merge(from, into) }),
    'tags.delete': ({ id }) => {
      tags.delete(id);
      return {};
    },
  };
}
