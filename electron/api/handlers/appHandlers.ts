import type { HandlerContext, PrefixHandlers } from './Handlers';

export function appHandlers({ library, version, mode }: HandlerContext): PrefixHandlers<'app'> {
  return {
    'app.info': () => ({ version, mode, libraryFile: library.file, articleCount: library.articles.count() }),
  };
}
