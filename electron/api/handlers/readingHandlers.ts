import { type HandlerContext, NotFoundError, type PrefixHandlers } from './Handlers';

const LAST_ARTICLE = 'reading.lastArticle';

export function readingHandlers({ library }: HandlerContext): PrefixHandlers<'reading'> {
  return {
    'reading.setPosition': ({ id, position }) => {
      if (!library.reading.setPosition(id, position)) throw new NotFoundError(`There is no article ${id}.`);
      library.setSetting(LAST_ARTICLE, String(id));
      return {};
    },
    'reading.position': ({ id }) => {
      const position = library.reading.position(id);
      if (position === undefined) throw new NotFoundError(`There is no article ${id}.`);
      return { position };
    },
    'reading.resume': () => {
      const id = Number(library.getSetting(LAST_ARTICLE));
      const position = id > 0 ? library.reading.position(id) : undefined;
      // The article may have gone since.
      return { article: position === undefined ? null : { id, position } };
    },
  };
}
