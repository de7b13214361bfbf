import path from 'node:path';
import { readBackup, restoreBackup } from '../../library/backup/restoreBackup';
import { writeBackup } from '../../library/backup/writeBackup';
import { fetchPage } from '../../library/moves/fetchPage';
import { savePages } from '../../library/moves/savePages';
import { type HandlerContext, onlyFromCli, type PrefixHandlers } from './Handlers';

export function libraryHandlers(ctx: HandlerContext): PrefixHandlers<'library'> {
  const { library } = ctx;
  return {
    'library.import': async ({ paths }) => ({ results: await library.import(paths) }),
    'library.save': async ({ urls }) => ({ results: await savePages(library, urls, ctx.fetchPage ?? fetchPage) }),
    'library.backup': ({ destination }) => {
      onlyFromCli(ctx, 'Writing a backup to a named path');
      const file = path.resolve(destination);
      return { file, counts: writeBackup(library, file) };
    },
    'library.restore': ({ source, force }) => {
      onlyFromCli(ctx, 'Restoring a backup');
      return { counts: restoreBackup(library, readBackup(path.resolve(source)), force) };
    },
  };
}
