import { useState } from 'react';
import type { Story } from '../../../electron/common/contract/storiesContract';
import type { OperatorRef } from '../../../electron/common/query/queryEdit';
import { CompareView } from './CompareView';
import './stories.css';

interface Props {
  articleId: number;
  /** The story the article is in (useSameStory), or null. */
  story: Story | null;
  onFilter(operator: OperatorRef): void;
}

/** "In the same story" under an article's byline: the other reports of its event, each to compare with this one. */
export function SameStory({ articleId, story, onFilter }: Props) {
  const [comparing, setComparing] = useState<number | null>(null);
  if (!story) return null;
  const others = story.articles.filter((a) => a.id !== articleId);
  return (
    <section className="same-story" aria-labelledby="same-story-title">
      <h2 id="same-story-title">In the same story</h2>
      <ul>
        {others.map((a) => (
          <li key={a.id}>
            <span>
              {a.title} <span className="story-article-meta">{[a.source, a.language, a.published].filter(Boolean).join(' · ')}</span>
            </span>
            <button type="button" className="link-button" aria-label={`Compare with “${a.title}”`} onClick={() => setComparing(a.id)}>
              Compare
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => onFilter({ name: 'story', value: String(story.id) })}>
        List the story’s {story.articles.length} articles
      </button>
      {comparing !== null && <CompareView a={articleId} b={comparing} onClose={() => setComparing(null)} />}
    </section>
  );
}
