/** The batches the writer's waits are judged over first: a new worker's start and its first compilations make the first batches wait whatever the pace after. */
const FIRST_JUDGED_AT = 6;
/** The share of the writer's time spent waiting for prepared files above which another parse thread is asked for. */
const WAIT_SHARE = 0.1;

/**
 * Tells when the writer spends long enough waiting for files to be prepared that another parse thread would help: the
 * import starts with one, which keeps up with the writing of ordinary articles, and saved pages that take longer to
 * parse than to write call for more. The first batch, which waits for its worker to start, is not counted; after a
 * thread is added, waits are counted afresh.
 */
export class PrepareDemand {
  private batches = 0;
  private waitedMs = 0;
  private writtenMs = 0;

  constructor(private readonly more: () => void) {}

  /** A batch written: how long the writer waited for its files, and how long the writing took. */
  written(waitedMs: number, writtenMs: number): void {
    if (++this.batches === 1) return;
    this.waitedMs += waitedMs;
    this.writtenMs += writtenMs;
    if (this.batches < FIRST_JUDGED_AT || this.waitedMs <= WAIT_SHARE * (this.waitedMs + this.writtenMs)) return;
    this.more();
    [this.batches, this.waitedMs, this.writtenMs] = [1, 0, 0];
  }
}
