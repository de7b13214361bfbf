import type { RefreshResult } from '../../common/contract/feedsContract';
import type { Feeds } from './Feeds';

export interface SchedulerOptions {
  /** The clock the schedule reads; tests give their own. */
  now?: () => Date;
  /** How often the schedule looks for feeds that are due. */
  tickMs?: number;
  /** Feeds refreshed at once (each host still gets at most two requests at a time). */
  parallel?: number;
  /** Told of each refresh that failed, for the host's log. */
  onError?: (error: unknown) => void;
  /** Other fetching done on each turn, after the feeds: the pages of articles still waiting for theirs. */
  alsoFetch?: () => Promise<unknown>;
}

/**
 * Refreshes, in the background of the desktop app's main process and browser mode's server, the feeds whose
 * minimum interval has passed and whose server asked for no back-off. Its timer never keeps a process alive.
 */
export class FeedScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RefreshResult[]> | null = null;
  private readonly now: () => Date;
  private readonly tickMs: number;
  private readonly parallel: number;

  constructor(
    private readonly feeds: Feeds,
    private readonly options: SchedulerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.tickMs = options.tickMs ?? 60_000;
    this.parallel = options.parallel ?? 4;
  }

  start(): void {
    if (this.timer) return;
    const next = () => {
      this.timer = setTimeout(() => void this.tick().finally(next), this.tickMs);
      this.timer.unref();
    };
    void this.tick().finally(next);
  }

  /** Stops the timer and waits for a refresh under way, so the library can then be closed. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One look at the feeds: refreshes those that are due, a few at a time. A tick while one runs waits for it instead. */
  tick(): Promise<RefreshResult[]> {
    this.running ??= this.refreshDue().finally(() => (this.running = null));
    return this.running;
  }

  private async refreshDue(): Promise<RefreshResult[]> {
    const onError = this.options.onError ?? (() => {});
    // A feed removed meanwhile, or a library closed under it: the schedule goes on with the others.
    const results = await this.feeds.refreshMany(this.feeds.due(this.now()), { manual: false, now: this.now, parallel: this.parallel, onError });
    await this.options.alsoFetch?.().catch(onError);
    return results;
  }
}
