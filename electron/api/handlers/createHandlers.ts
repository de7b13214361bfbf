import { annotationHandlers } from './annotationHandlers';
import { articleHandlers } from './articleHandlers';
import { entityHandlers } from './entityHandlers';
import { exportHandlers } from './exportHandlers';
import type { HandlerContext, Handlers } from './Handlers';
import { importHandlers } from './importHandlers';
import { libraryHandlers } from './libraryHandlers';
import { searchHandlers } from './searchHandlers';

/** The whole handler table: one map per domain, merged. The type makes a missing channel a compile error. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return { ...libraryHandlers(ctx), ...articleHandlers(ctx), ...importHandlers(ctx), ...entityHandlers(ctx), ...searchHandlers(ctx), ...annotationHandlers(ctx), ...exportHandlers(ctx) };
}
