import path from 'node:path';
import { importAnnotationFile } from '../../library/annotations/import/annotationImport';
import { RequestError } from '../../common/RequestError';
import type { HandlerContext, PrefixHandlers } from './Handlers';

export function annotationsHandlers({ library }: HandlerContext): PrefixHandlers<'annotations'> {
  const { highlights, notes, tags } = library.annotations;
  return {
    'annotations.forArticle': ({ articleId }) => ({
      note: notes.get(library.articles.require(articleId)),
      tags: tags.forArticle(articleId),
      highlights: highlights.forArticle(articleId),
    }),
    'annotations.import': ({ paths }) => ({
      results: paths.map((file) => {
        try {
          return { file, ...importAnnotationFile(library, path.resolve(file)) };
        } catch (err) {
          if (!(err instanceof RequestError)) throw err;
          return { file, added: 0, existing: 0, unmatched: 0, orphaned: 0, skipped: 0, error: err.message };
        }
      }),
    }),
  };
}
