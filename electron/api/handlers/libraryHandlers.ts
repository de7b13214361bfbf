import type { HandlerContext, HandlersOf } from './Handlers';

export function libraryHandlers({ library, version }: HandlerContext): HandlersOf<'app.info' | 'facets.sources' | 'library.import'> {
  return {
    'app.info': () => ({ version, libraryFile: library.file, articleCount: library.articles.count() }),
    'facets.sources': () => ({ total: library.articles.count(), sources: library.articles.sourceCounts() }),
    'library.import': async ({ paths }) => ({ results: await library.import(paths) }),
  };
}
