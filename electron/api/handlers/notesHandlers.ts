import type { HandlerContext, PrefixHandlers } from './Handlers';

export function notesHandlers({ library }: HandlerContext): PrefixHandlers<'notes'> {
  return {
    'notes.set': ({ articleId, note }) => ({ note: library.annotations.notes.set(library.articles.require(articleId), note) }),
  };
}
