import { dispatch } from '../api/dispatch';
import type { Channel, RequestOf, ResponseOf } from '../common/contract/contract';
import type { Handlers } from '../api/handlers/Handlers';
import type { CliOptions } from './cliOptions';
import { UsageError } from './UsageError';

export interface CommandContext {
  handlers: Handlers;
  args: string[];
  options: CliOptions;
  print(text: string): void;
}

export type Command = (ctx: CommandContext) => Promise<number>;

/** Calls the same validated handler table the reader uses; a refused request becomes the command's error. */
export async function call<C extends Channel>(ctx: CommandContext, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const envelope = await dispatch(ctx.handlers, channel, request);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data as ResponseOf<C>;
}

/** The most a command asks of a paged channel at once (the contract's own ceiling). */
const PAGE = 500;

/** A paged channel read up to `limit` (at least 1; Infinity: all) items, one page after another, with its total. */
export async function readPages<T>(
  limit: number,
  page: (limit: number, offset: number) => Promise<{ total: number; items: T[] }>,
): Promise<{ total: number; items: T[] }> {
  const items: T[] = [];
  let total = Infinity;
  while (items.length < Math.min(limit, total)) {
    const next = await page(Math.min(PAGE, limit - items.length), items.length);
    total = next.total;
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { total, items };
}

/** A positional or option that must be an id or a count: a whole number of at least 1. */
export function wholeNumber(arg: string | undefined, what: string): number {
  const n = Number(arg);
  if (arg === undefined || !Number.isInteger(n) || n < 1) throw new UsageError(`${what} must be a whole number of at least 1, not "${arg ?? ''}"`);
  return n;
}
