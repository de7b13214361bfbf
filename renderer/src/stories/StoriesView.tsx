import { useState } from 'react';
import { useWindowKeys } from '../app/useWindowKeys';
import { isTyping } from '../list/useListKeys';
import { api } from '../api/client';
import { CompareView } from './CompareView';
import { StoryCard } from './StoryCard';
import { useStories } from './useStories';
import './stories.css';
import { StandInHeading } from '../app/StandInHeading';

interface Props {
  /** The reader's search: only stories with an article it matches. */
  query: string;
  shownId: number | null;
  onShow(articleId: number): void;
  /** After a correction: what shows a story elsewhere asks again. */
  onChanged(): void;
  onClose(): void;
}

/** Stories by date, in place of the article list: each with its outlets, languages, people and places, and its articles. */
export function StoriesView({ query, shownId, onShow, onChanged, onClose }: Props) {
  const stories = useStories(query);
  const [comparing, setComparing] = useState<[number, number] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const correct = (change: Promise<unknown>) =>
    void change.then(
      () => (setFailure(null), stories.reload(), onChanged()),
      (err: unknown) => setFailure(err instanceof Error ? err.message : String(err)),
    );
  const list = stories.stories ?? [];
  // Esc goes back to the articles from anywhere but a text field and the article pane (whose Esc is its own).
  useWindowKeys((e) => {
    const inArticle = e.target instanceof HTMLElement && e.target.closest('main.article-pane') !== null;
    if (e.key === 'Escape' && comparing === null && !inArticle && !isTyping(e.target)) onClose();
  });
  return (
    <section className="list-pane stories-pane" aria-label="Stories" aria-busy={stories.busy}>
      <div className="list-header">
        <StandInHeading title="Stories" onClose={onClose} />
        <div className="list-count" aria-live="polite">
          {stories.stories === null
            ? 'Loading…'
            : `${stories.total.toLocaleString()} ${stories.total === 1 ? 'story' : 'stories'}${query ? ' for this search' : ''}`}
        </div>
        {stories.hints.map((hint) => (
          <p key={hint} className="query-hint">
            {hint}
          </p>
        ))}
      </div>
      {(stories.error ?? failure) && (
        <p className="error" role="alert">
          {stories.error ?? failure}
        </p>
      )}
      <div className="stories-scroll">
        {stories.stories !== null && list.length === 0 && (
          <p className="empty">No stories yet: a story is two articles or more reporting one event, from any outlets, in any languages.</p>
        )}
        {list.map((story) => (
          <StoryCard
            key={story.id}
            story={story}
            others={list.filter((o) => o.id !== story.id)}
            shownId={shownId}
            onShow={onShow}
            onCompare={(a, b) => setComparing([a, b])}
            onSplit={(articleIds) => correct(api.invoke('stories.split', { id: story.id, articleIds }))}
            onMerge={(into) => correct(api.invoke('stories.merge', { id: story.id, into }))}
            onMoveOut={(articleId) => correct(api.invoke('stories.moveOut', { articleId }))}
          />
        ))}
        {list.length < stories.total && (
          <button type="button" className="tool-button stories-more" onClick={stories.more}>
            More stories
          </button>
        )}
      </div>
      {comparing && <CompareView a={comparing[0]} b={comparing[1]} onClose={() => setComparing(null)} />}
    </section>
  );
}
