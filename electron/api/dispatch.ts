import { LibraryError, type LibraryErrorCode } from '../library/db/LibraryError';
import { RequestError } from '../common/RequestError';
import { type Channel, contract, type Envelope, isChannel } from '../common/contract/contract';
import type { Handler, Handlers } from './handlers/Handlers';

/**
 * Runs one request through validation and its handler. Every outcome is an envelope: invalid input,
 * unknown ids and library failures get their own messages; anything else is logged and answered generically,
 * so no stack trace ever reaches the reader.
 */
/** Library failures that pass by themselves: another program's lock is released, a moved file is put back. */
const TRANSIENT = new Set<LibraryErrorCode>(['locked', 'unavailable']);

export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return fail('invalid', `Unknown operation "${String(channel).slice(0, 100)}".`);
  const parsed = contract[channel].request.safeParse(payload ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
    return fail('invalid', `Invalid request for ${channel}: ${details}`);
  }
  try {
    const handler = handlers[channel] as Handler<Channel>;
    return { ok: true, data: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof RequestError) return fail(err.code, err.message);
    if (err instanceof LibraryError)
      return { ok: false, error: { code: 'library', message: err.message, ...(TRANSIENT.has(err.code) ? { transient: true } : {}) } };
    console.error(`[dossier] ${channel} failed:`, err);
    return fail('internal', `Dossier could not complete ${channel}. Details were written to the log.`);
  }
}

function fail(code: 'invalid' | 'not_found' | 'library' | 'internal', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
