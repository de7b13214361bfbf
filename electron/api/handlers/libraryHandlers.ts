import type { HandlerContext, HandlersOf } from './Handlers';

export function libraryHandlers({ library, version, mode }: HandlerContext): HandlersOf<'app.info'> {
  return {
    'app.info': () => ({ version, mode, libraryFile: library.file, articleCount: library.articles.count() }),
  };
}
