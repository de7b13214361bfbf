import type { HandlerContext, PrefixHandlers } from './Handlers';

export function colorsHandlers({ library }: HandlerContext): PrefixHandlers<'colors'> {
  const { colors } = library.annotations;
  return {
    'colors.meanings': () => ({ meanings: colors.meanings() }),
    'colors.setMeanings': ({ meanings }) => ({ meanings: colors.setMeanings(meanings) }),
  };
}
