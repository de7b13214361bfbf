/**
 * A caller's mistake the library can name: an id that does not exist, or a request that cannot be carried out
 * as asked (a quote that is not in the article). The API answers it with its code and message, never as a failure.
 */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly code: 'invalid' | 'not_found',
    message: string,
  ) {
    super(message);
  }
}
