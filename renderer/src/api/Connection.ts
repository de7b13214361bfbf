/** Why the library could not be reached; `gone` when it never will be again from this page (browser mode's server was restarted). */
export interface Unreachable {
  reason: string;
  gone: boolean;
}

export interface ConnectionState {
  /** Null while the library answers. */
  down: (Unreachable & { trying: boolean }) | null;
}

/** Runs `fn` after `ms`; answers a function that cancels it. */
export type Schedule = (fn: () => void, ms: number) => () => void;
/** Asks the library something small: null once it answered, else why not. */
export type Probe = () => Promise<Unreachable | null>;

const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 10_000;
const UP: ConnectionState = { down: null };

/**
 * Whether the library can be reached, for the whole reader at once: a request that cannot reach it waits here
 * instead of failing, and is sent again once the library answers. While it is down, one request is tried again,
 * after 0.5 s, 1 s, 2 s… up to 10 s apart, or at once on Retry: a request that was held (so the exact thing that
 * failed is what is tried), else a small probe. When that gets through, every held request goes.
 */
export class Connection {
  private state: ConnectionState = UP;
  private readonly listeners = new Set<() => void>();
  private readonly held: ((tryNow: boolean) => void)[] = [];
  private tries = 0;
  private cancelTimer: (() => void) | null = null;

  constructor(
    private readonly probe: Probe,
    private readonly schedule: Schedule = (fn, ms) => {
      const timer = setTimeout(fn, ms);
      return () => clearTimeout(timer);
    },
  ) {}

  readonly snapshot = (): ConnectionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /**
   * A request could not reach the library. Answers once it may be sent again: `true` when it is the one tried, `false`
   * when another got through. A page whose server is gone for good is not tried again by itself, only on Retry.
   */
  lost(why: Unreachable): Promise<boolean> {
    this.markDown(why);
    return new Promise((resolve) => this.held.push(resolve));
  }

  /** A request that had been held got an answer (whatever it said): the library is back. */
  reached(): void {
    if (!this.state.down) return;
    this.cancel();
    this.tries = 0;
    this.set(UP);
    for (const release of this.held.splice(0)) release(false);
  }

  /** Tries at once, and starts counting the delays again. */
  readonly retry = (): void => {
    if (!this.state.down) return;
    this.cancel();
    this.tries = 0;
    this.tryOne();
  };

  /** Asks the library once while it is thought reachable (the window came back into view): a server stopped meanwhile shows now. */
  readonly check = async (): Promise<void> => {
    if (this.state.down) return this.retry();
    const why = await this.probe();
    if (why && !this.state.down) this.markDown(why);
  };

  /** Requests that fail together wait for one try, not one each. */
  private markDown(why: Unreachable): void {
    this.set({ down: { ...why, trying: false } });
    if (why.gone) return this.cancel();
    this.cancelTimer ??= this.schedule(() => this.tryOne(), Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** this.tries++));
  }

  private tryOne(): void {
    this.cancelTimer = null;
    if (!this.state.down) return;
    this.set({ down: { ...this.state.down, trying: true } });
    const first = this.held.shift();
    if (first) return first(true);
    void this.probe().then((why) => (why ? this.markDown(why) : this.reached()));
  }

  private cancel(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private set(state: ConnectionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
