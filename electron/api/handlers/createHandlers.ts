import { explainSqliteError } from '../../library/db/LibraryError';
import { libraryFileCheck } from '../../library/db/libraryFileCheck';
import type { Channel } from '../../common/contract/contract';
import { annotationsHandlers } from './annotationsHandlers';
import { appHandlers } from './appHandlers';
import { articlesHandlers } from './articlesHandlers';
import { colorsHandlers } from './colorsHandlers';
import { dialogsHandlers } from './dialogsHandlers';
import { entitiesHandlers } from './entitiesHandlers';
import { exportsHandlers } from './exportsHandlers';
import { facetsHandlers } from './facetsHandlers';
import { feedsHandlers } from './feedsHandlers';
import type { Handler, HandlerContext, Handlers } from './Handlers';
import { highlightsHandlers } from './highlightsHandlers';
import { importsHandlers } from './importsHandlers';
import { libraryHandlers } from './libraryHandlers';
import { notesHandlers } from './notesHandlers';
import { readingHandlers } from './readingHandlers';
import { reviewHandlers } from './reviewHandlers';
import { settingsHandlers } from './settingsHandlers';
import { storiesHandlers } from './storiesHandlers';
import { tagsHandlers } from './tagsHandlers';
import { viewsHandlers } from './viewsHandlers';

/** The whole handler table: one map per channel prefix (api/handlers/<prefix>Handlers.ts), merged. The type makes a missing channel a compile error. */
export function createHandlers(ctx: HandlerContext): Handlers {
  const handlers: Handlers = {
    ...appHandlers(ctx),
    ...libraryHandlers(ctx),
    ...articlesHandlers(ctx),
    ...readingHandlers(ctx),
    ...facetsHandlers(ctx),
    ...viewsHandlers(ctx),
    ...importsHandlers(ctx),
    ...dialogsHandlers(ctx),
    ...entitiesHandlers(ctx),
    ...annotationsHandlers(ctx),
    ...highlightsHandlers(ctx),
    ...notesHandlers(ctx),
    ...tagsHandlers(ctx),
    ...colorsHandlers(ctx),
    ...exportsHandlers(ctx),
    ...settingsHandlers(ctx),
    ...reviewHandlers(ctx),
    ...feedsHandlers(ctx),
    ...storiesHandlers(ctx),
  };
  const checkFile = libraryFileCheck(ctx.library.file);
  for (const channel of Object.keys(handlers) as Channel[]) {
    const handler = handlers[channel] as Handler<Channel>;
    // A write refused by SQLite anywhere (a locked or read-only library, a full disk) is answered with the library's
    // own message naming its file, not as an internal failure; so is every request once the file was moved away.
    (handlers as Record<Channel, Handler<Channel>>)[channel] = async (request) => {
      try {
        checkFile();
        return await handler(request);
      } catch (err) {
        throw isSqliteError(err) ? explainSqliteError(ctx.library.file, err) : err;
      }
    };
  }
  return handlers;
}

function isSqliteError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}
