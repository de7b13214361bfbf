import type { HandlerContext, HandlersOf } from './Handlers';

export function libraryHandlers({ library, version, mode }: HandlerContext): HandlersOf<'app.info' | 'facets.sources'> {
  return {
    'app.info': () => ({ version, mode, libraryFile: library.file, articleCount: library.articles.count() }),
    'facets.sources': () => ({ total: library.articles.count(), sources: library.articles.sourceCounts() }),
  };
}
