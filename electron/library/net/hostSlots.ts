/** Requests to one host at once: a reader is a polite client, and two keep a slow host from holding up a refresh. */
export const PER_HOST = 2;

const hosts = new Map<string, { active: number; waiting: (() => void)[] }>();

/** Runs `work` once fewer than `PER_HOST` requests to `host` are running; the rest wait their turn, in order. */
export async function hostSlot<T>(host: string, work: () => Promise<T>): Promise<T> {
  let slots = hosts.get(host);
  if (!slots) hosts.set(host, (slots = { active: 0, waiting: [] }));
  // A slot freed is handed to the next in line, still counted: a newcomer cannot take it in between.
  if (slots.active >= PER_HOST) await new Promise<void>((resolve) => slots.waiting.push(resolve));
  else slots.active++;
  try {
    return await work();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else if (--slots.active === 0) hosts.delete(host);
  }
}
