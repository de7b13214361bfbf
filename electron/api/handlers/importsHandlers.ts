import { type HandlerContext, NotFoundError, type PrefixHandlers } from './Handlers';

export function importsHandlers({ library }: HandlerContext): PrefixHandlers<'imports'> {
  return {
    'imports.start': ({ paths }) => ({ jobId: library.imports.start(paths) }),
    'imports.status': ({ jobId }) => {
      const status = library.imports.status(jobId);
      if (!status) throw new NotFoundError(`There is no import ${jobId}.`);
      return status;
    },
    'imports.upload': async ({ files }) => ({ results: await library.importUploads(files) }),
    'imports.startUpload': ({ files }) => ({ jobId: library.startUploadImport(files) }),
  };
}
