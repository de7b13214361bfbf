import type { HandlerContext, HandlersOf } from './Handlers';

type AnnotationChannel =
  | 'annotations.forArticle'
  | 'highlights.create'
  | 'highlights.update'
  | 'highlights.delete'
  | 'highlights.restore'
  | 'highlights.reattach'
  | 'highlights.find'
  | 'notes.set'
  | 'tags.list'
  | 'tags.setForArticle'
  | 'tags.rename'
  | 'tags.merge'
  | 'tags.delete'
  | 'colors.meanings'
  | 'colors.setMeanings';

export function annotationHandlers({ library }: HandlerContext): HandlersOf<AnnotationChannel> {
  const { highlights, notes, tags, colors, query } = library.annotations;
  const article = (articleId: number) => {
    library.articles.require(articleId);
    return articleId;
  };
  return {
    'annotations.forArticle': ({ articleId }) => ({
      note: notes.get(article(articleId)),
      tags: tags.forArticle(articleId),
      highlights: highlights.forArticle(articleId),
    }),
    'highlights.create': ({ articleId, target, ...fields }) => ({ highlight: highlights.create(articleId, target, fields) }),
    'highlights.update': ({ id, ...changes }) => ({ highlight: highlights.update(id, changes) }),
    'highlights.delete': ({ id }) => ({ highlight: highlights.delete(id) }),
    'highlights.restore': ({ highlight }) => ({ highlight: highlights.put(highlight).highlight }),
    'highlights.reattach': ({ id, start, end }) => ({ highlight: highlights.reattach(id, start, end) }),
    'highlights.find': (filter) => query.find(filter),
    'notes.set': ({ articleId, note }) => ({ note: notes.set(article(articleId), note) }),
    'tags.list': () => ({ tags: tags.list() }),
    'tags.setForArticle': ({ articleId, tags: names }) => ({ tags: tags.setForArticle(article(articleId), names) }),
    'tags.rename': ({ id, name }) => ({ tag: tags.rename(id, name) }),
    'tags.merge': ({ from, into }) => ({ tag: tags.merge(from, into) }),
    'tags.delete': ({ id }) => {
      tags.delete(id);
      return {};
    },
    'colors.meanings': () => ({ meanings: colors.meanings() }),
    'colors.setMeanings': ({ meanings }) => ({ meanings: colors.setMeanings(meanings) }),
  };
}
