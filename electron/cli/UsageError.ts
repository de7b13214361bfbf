/** The command line itself is wrong: the message says how, and usage is pointed to. */
export class UsageError extends Error {
  override name = 'UsageError';
}
