import type { Database, Statement } from 'better-sqlite3';
import { RequestError } from '../../common/RequestError';
import type { Stories } from './Stories';

/**
 * The user's corrections of stories, applied at once and kept as links between pairs of articles (together or apart),
 * which every later placement and re-clustering obeys. A newer link on a pair replaces the older.
 */
export class StoryCorrections {
  private readonly link: Statement;

  constructor(
    private readonly db: Database,
    private readonly stories: Stories,
  ) {
    this.link = db.prepare(`INSERT INTO story_links (a, b, together, created_at) VALUES (?, ?, ?, ?)
      ON CONFLICT(a, b) DO UPDATE SET together = excluded.together, created_at = excluded.created_at`);
  }

  /** Takes `articleIds` out of story `storyId` into a new story, kept apart from the rest; answers the new story's id. */
  split(storyId: number, articleIds: readonly number[]): number {
    return this.db
      .transaction(() => {
        const members = this.members(storyId);
        const group = members.filter((id) => articleIds.includes(id));
        const rest = members.filter((id) => !articleIds.includes(id));
        if (group.length === 0 || rest.length === 0) {
          throw new RequestError('invalid', `A split takes some of story ${storyId}'s articles (${members.join(', ')}), not none or all of them.`);
        }
        const now = new Date().toISOString();
        for (const a of group) for (const b of rest) this.pair(a, b, false, now);
        this.chain(group, now);
        this.chain(rest, now);
        const created = this.stories.index.createStory();
        for (const id of group) this.stories.index.setStory(id, created);
        return created;
      })
      .immediate();
  }

  /** Makes story `storyId` part of story `into`, for good. */
  merge(storyId: number, into: number): void {
    this.db
      .transaction(() => {
        if (storyId === into) throw new RequestError('invalid', 'A story cannot be merged into itself.');
        const moving = this.members(storyId);
        const staying = this.members(into);
        const now = new Date().toISOString();
        for (const a of moving) for (const b of staying) this.pair(a, b, true, now);
        for (const id of moving) this.stories.index.setStory(id, into);
      })
      .immediate();
  }

  /** Takes an article out of its story, kept apart from the story's other articles; answers the story it left. */
  moveOut(articleId: number): number {
    return this.db
      .transaction(() => {
        const storyId = this.stories.index.storyOf(articleId);
        if (storyId === undefined) throw new RequestError('not_found', `Article ${articleId} is in no story.`);
        const others = this.members(storyId).filter((id) => id !== articleId);
        if (others.length === 0) throw new RequestError('invalid', `Article ${articleId} is alone in its story already.`);
        const now = new Date().toISOString();
        for (const other of others) this.pair(articleId, other, false, now);
        this.stories.index.setStory(articleId, this.stories.index.createStory());
        return storyId;
      })
      .immediate();
  }

  private members(storyId: number): number[] {
    const members = this.stories.members(storyId);
    if (members.length === 0) throw new RequestError('not_found', `There is no story ${storyId}.`);
    return members;
  }

  /** Keeps a group together through re-clustering: each article linked to the next is enough, placement follows links. */
  private chain(group: readonly number[], now: string): void {
    for (let i = 1; i < group.length; i++) this.pair(group[i - 1]!, group[i]!, true, now);
  }

  private pair(x: number, y: number, together: boolean, now: string): void {
    this.link.run(Math.min(x, y), Math.max(x, y), together ? 1 : 0, now);
  }
}
