import { compareArticles } from '../../library/stories/compareArticles';
import { type HandlerContext, NotFoundError, type PrefixHandlers } from './Handlers';

export function storiesHandlers({ library }: HandlerContext): PrefixHandlers<'stories'> {
  const { stories, reclustering } = library;
  const story = (id: number) => {
    const found = stories.read.get(id);
    if (!found) throw new NotFoundError(`There is no story ${id}.`);
    return found;
  };
  return {
    'stories.list': ({ query, limit, offset }) => stories.read.list(query, limit, offset),
    'stories.get': ({ id }) => ({ story: story(id) }),
    'stories.ofArticle': ({ articleId }) => ({ story: stories.read.ofArticle(articleId) }),
    'stories.compare': ({ a, b }) => compareArticles(library.db, a, b),
    'stories.split': ({ id, articleIds }) => {
      const created = stories.corrections.split(id, articleIds);
      return { story: story(created), rest: stories.read.get(id) ?? null };
    },
    'stories.merge': ({ id, into }) => {
      stories.corrections.merge(id, into);
      return { story: story(into) };
    },
    'stories.moveOut': ({ articleId }) => ({ story: stories.read.get(stories.corrections.moveOut(articleId)) ?? null }),
    'stories.recluster': ({ all }) => ({ jobId: reclustering.start(all) }),
    'stories.reclusterStatus': ({ jobId }) => {
      const status = reclustering.status(jobId);
      if (!status) throw new NotFoundError(`There is no re-clustering ${jobId}.`);
      return status;
    },
  };
}
