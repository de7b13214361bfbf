import { articleHandlers } from './articleHandlers';
import type { HandlerContext, Handlers } from './Handlers';
import { importHandlers } from './importHandlers';
import { libraryHandlers } from './libraryHandlers';

/** The whole handler table: one map per domain, merged. The type makes a missing channel a compile error. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return { ...libraryHandlers(ctx), ...articleHandlers(ctx), ...importHandlers(ctx) };
}
