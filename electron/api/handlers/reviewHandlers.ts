import { type HandlerContext, NotFoundError, type PrefixHandlers } from './Handlers';

export function reviewHandlers({ library }: HandlerContext): PrefixHandlers<'review'> {
  return {
    'review.today': ({ query, count }) => library.review.today(query, count),
    'review.answer': ({ highlightId, answer }) => {
      if (!library.review.has(highlightId)) throw new NotFoundError(`There is no highlight ${highlightId}.`);
      return library.review.answer(highlightId, answer);
    },
    'review.settings': () => library.review.settings(),
    'review.setSettings': (changes) => library.review.setSettings(changes),
  };
}
