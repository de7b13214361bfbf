import { z } from 'zod';
import { count, filePath, id } from '../shapes/fields';
import { highlight } from '../shapes/highlightShapes';

const annotationImportCounts = z.object({
  /** New, and placed in their article's text. */
  added: count,
  /** Already in the library (the same id), left as they are. */
  existing: count,
  /** No article here matches their source. */
  unmatched: count,
  /** New, but their quote is not in the article as it is here: kept orphaned, as the library keeps such highlights. */
  orphaned: count,
  /** Nothing to anchor: no quote and no position. */
  skipped: count,
});

export const annotationsContract = {
  'annotations.forArticle': {
    request: z.object({ articleId: id }).strict(),
    response: z.object({ note: z.string(), tags: z.array(z.string()), highlights: z.array(highlight) }),
  },
  /** Annotation files (our JSON export, W3C or Hypothesis JSON) attached to the articles they were made on. */
  'annotations.import': {
    request: z.object({ paths: z.array(filePath).min(1).max(1000) }).strict(),
    response: z.object({
      /** `error` is set when the file could not be imported at all; then nothing of it was. */
      results: z.array(annotationImportCounts.extend({ file: z.string(), error: z.string().optional() })),
    }),
  },
} as const;

export type AnnotationImportCounts = z.infer<typeof annotationImportCounts>;
