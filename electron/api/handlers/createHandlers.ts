import { explainSqliteError } from '../../library/db/LibraryError';
import type { Channel } from '../../common/contract/contract';
import { annotationHandlers } from './annotationHandlers';
import { articleHandlers } from './articleHandlers';
import { entityHandlers } from './entityHandlers';
import { exportHandlers } from './exportHandlers';
import type { Handler, HandlerContext, Handlers } from './Handlers';
import { importHandlers } from './importHandlers';
import { libraryHandlers } from './libraryHandlers';
import { searchHandlers } from './searchHandlers';

/** The whole handler table: one map per domain, merged. The type makes a missing channel a compile error. */
export function createHandlers(ctx: HandlerContext): Handlers {
  const handlers: Handlers = {
    ...libraryHandlers(ctx),
    ...articleHandlers(ctx),
    ...importHandlers(ctx),
    ...entityHandlers(ctx),
    ...searchHandlers(ctx),
    ...annotationHandlers(ctx),
    ...exportHandlers(ctx),
  };
  for (const channel of Object.keys(handlers) as Channel[]) {
    const handler = handlers[channel] as Handler<Channel>;
    // A write refused by SQLite anywhere (a locked or read-only library, a full disk) is answered with the library's
    // own message naming its file, not as an internal failure.
    (handlers as Record<Channel, Handler<Channel>>)[channel] = async (request) => {
      try {
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
