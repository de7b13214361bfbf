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

/** A positional or option that must be an id or a count: a whole number of at least 1. */
export function wholeNumber(arg: string | undefined, what: string): number {
  const n = Number(arg);
  if (arg === undefined || !Number.isInteger(n) || n < 1) throw new UsageError(`${what} must be a whole number of at least 1, not "${arg ?? ''}"`);
  return n;
}
