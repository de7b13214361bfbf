import { type HandlerContext, type HandlersOf, NotFoundError } from './Handlers';

export function importHandlers({ library, pickImportPaths }: HandlerContext): HandlersOf<
  'library.import' | 'imports.start' | 'imports.status' | 'imports.upload' | 'dialogs.pickImportPaths'
> {
  return {
    'library.import': async ({ paths }) => ({ results: await library.import(paths) }),
    'imports.start': ({ paths }) => ({ jobId: library.imports.start(paths) }),
    'imports.status': ({ jobId }) => {
      const status = library.imports.status(jobId);
      if (!status) throw new NotFoundError(`There is no import ${jobId}.`);
      return status;
    },
    'imports.upload': async ({ files }) => ({ results: await library.importUploads(files) }),
    'dialogs.pickImportPaths': async ({ kind }) => {
      if (!pickImportPaths) throw new NotFoundError('Choosing files by path is only possible in the desktop app.');
      return { paths: await pickImportPaths(kind) };
    },
  };
}
