import fs from 'node:fs';
import path from 'node:path';
import { RequestError } from '../../common/RequestError';
import { type HandlerContext, NotFoundError, type PrefixHandlers } from './Handlers';

export function dialogsHandlers({ pickImportPaths, showInFolder }: HandlerContext): PrefixHandlers<'dialogs'> {
  return {
    'dialogs.pickImportPaths': async ({ kind }) => {
      if (!pickImportPaths) throw new NotFoundError('Choosing files by path is only possible in the desktop app.');
      return { paths: await pickImportPaths(kind) };
    },
    'dialogs.showInFolder': ({ path: file }) => {
      if (!showInFolder) throw new NotFoundError(`Only the desktop app can open a folder. The file is at ${file}`);
      // Only a file that is there is shown: the file manager is never pointed at a path the page made up.
      if (!path.isAbsolute(file) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
        throw new RequestError('not_found', `There is no file at ${file} any more.`);
      }
      showInFolder(file);
      return {};
    },
  };
}
