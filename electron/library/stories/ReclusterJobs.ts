import type { Database, Statement } from 'better-sqlite3';
import type { ReclusterStatus } from '../../common/contract/storiesContract';
import { JobRegistry } from '../jobs/JobRegistry';
import type { Stories } from './Stories';

/** Articles per transaction: each takes a few milliseconds (5 ms on a loaded machine at 100,000 articles), so the reader waits a few seconds at most. */
const BATCH_SIZE = 500;

/**
 * Re-clustering in the background, polled like re-extraction. Articles never placed (a library from before stories,
 * an interrupted run) are placed first; then, for a full run, every story is dissolved and every article placed again
 * in order of day, each batch its own transaction. Stories keep their ids where their first article's story had one.
 */
export class ReclusterJobs {
  private readonly jobs = new JobRegistry<ReclusterStatus>();
  private readonly unplaced: Statement<[], { id: number }>;
  private readonly byDay: Statement<[], { id: number; storyId: number | null }>;
  private readonly dropStories: Statement;
  private readonly leaveStories: Statement;

  constructor(
    private readonly db: Database,
    private readonly stories: Stories,
  ) {
    this.unplaced = db.prepare(`SELECT a.id FROM articles a LEFT JOIN story_features f ON f.article_id = a.id
      WHERE f.story_id IS NULL ORDER BY a.published, a.id`);
    this.byDay = db.prepare('SELECT article_id AS id, story_id AS storyId FROM story_features ORDER BY day, article_id');
    this.dropStories = db.prepare('DELETE FROM stories');
    this.leaveStories = db.prepare('UPDATE story_features SET story_id = NULL WHERE story_id IS NOT NULL');
  }

  /** Starts a run; null when there is nothing to do. One runs at a time: asking again while one runs returns it. */
  start(all: boolean): number | null {
    const unfinished = this.jobs.unfinished();
    if (unfinished) return unfinished.id;
    const unplaced = this.unplaced.all().map((r) => r.id);
    if (!all && unplaced.length === 0) return null;
    return this.jobs.start({ done: 0, total: unplaced.length }, (job) => this.run(job, unplaced, all)).id;
  }

  status(id: number): ReclusterStatus | undefined {
    return this.jobs.status(id);
  }

  /** Resolves when run `id` has finished. */
  async finished(id: number): Promise<ReclusterStatus | undefined> {
    while (this.jobs.status(id)?.finished === false) await new Promise((resolve) => setTimeout(resolve, 20));
    return this.jobs.status(id);
  }

  private async run(job: ReclusterStatus, unplaced: readonly number[], all: boolean): Promise<void> {
    await this.batches(job, unplaced, (id) => this.stories.place(id));
    if (!all) return;
    const order = this.byDay.all();
    job.total += order.length;
    // The stories go first, so that their articles leave them without the summary each single departure rewrites.
    this.db
      .transaction(() => {
        this.dropStories.run();
        this.leaveStories.run();
      })
      .immediate();
    const wanted = new Map(order.map((r) => [r.id, r.storyId ?? undefined]));
    await this.batches(
      job,
      order.map((r) => r.id),
      (id) => this.stories.replace(id, wanted.get(id)),
    );
  }

  private async batches(job: ReclusterStatus, ids: readonly number[], each: (id: number) => void): Promise<void> {
    const batch = this.db.transaction((slice: readonly number[]) => slice.forEach(each));
    for (let at = 0; at < ids.length; at += BATCH_SIZE) {
      await new Promise((resolve) => setImmediate(resolve));
      batch.immediate(ids.slice(at, at + BATCH_SIZE));
      job.done += Math.min(BATCH_SIZE, ids.length - at);
    }
  }
}
