import { type HandlerContext, NotFoundError, type PrefixHandlers } from './Handlers';

export function dialogsHandlers({ pickImportPaths }: HandlerContext): PrefixHandlers<'dialogs'> {
  return {
    'dialogs.pickImportPaths': async ({ kind }) => {
      if (!pickImportPaths) throw new NotFoundError('Choosing files by path is only possible in the desktop app.');
      return { paths: await pickImportPaths(kind) };
    },
  };
}
