import { guessKind } from '../../library/entities/extract/guessKind';
import { CorrectionError } from '../../library/entities/store/EntityStore';
import { type HandlerContext, NotFoundError, type PrefixHandlers } from './Handlers';

export function entitiesHandlers({ library }: HandlerContext): PrefixHandlers<'entities'> {
  const { entities, reextraction } = library;
  return {
    'entities.list': (options) => entities.read.list(options),
    'entities.get': ({ id }) => {
      const entity = entities.read.card(id);
      if (!entity) throw new NotFoundError(`There is no entity ${id}.`);
      return { entity };
    },
    'entities.page': ({ id, with: withId, limit }) => {
      const page = entities.read.page(id, withId, limit);
      if (!page) throw new NotFoundError(`There is no entity ${entities.read.get(id) ? withId : id}.`);
      return page;
    },
    'entities.forArticle': ({ articleId }) => {
      const found = entities.read.forArticle(articleId);
      if (!found) throw new NotFoundError(`There is no article ${articleId}.`);
      return { entities: found };
    },
    'entities.correct': (correction) => {
      try {
        return { entity: entities.correct(correction) };
      } catch (err) {
        // What the library refuses names the missing entity or article, or the span that does not fit.
        if (err instanceof CorrectionError) throw new NotFoundError(err.message);
        throw err;
      }
    },
    'entities.guessKind': ({ name }) => ({ kind: guessKind(name) }),
    'entities.reextract': ({ all }) => ({ jobId: reextraction.start(all) }),
    'entities.reextractEstimate': () => reextraction.estimate(),
    'entities.reextractCancel': ({ jobId }) => ({ cancelled: reextraction.cancel(jobId) }),
    'entities.reextractStatus': ({ jobId }) => {
      const status = reextraction.status(jobId);
      if (!status) throw new NotFoundError(`There is no re-extraction ${jobId}.`);
      return status;
    },
  };
}
