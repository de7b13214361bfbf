import { useState } from 'react';
import type { Story } from '../../../electron/common/contract/storiesContract';

interface Props {
  story: Story;
  /** The other stories listed, into which this one can be merged. */
  others: readonly Story[];
  shownId: number | null;
  onShow(articleId: number): void;
  onCompare(a: number, b: number): void;
  onSplit(articleIds: number[]): void;
  onMerge(into: number): void;
  onMoveOut(articleId: number): void;
}

const dates = (s: Story) => (s.from === s.to ? s.from : `${s.from} – ${s.to}`);

/** One story: who, where and which outlets, its articles in time order, and the corrections. */
export function StoryCard({ story, others, shownId, onShow, onCompare, onSplit, onMerge, onMoveOut }: Props) {
  const [picked, setPicked] = useState<number[]>([]);
  const [into, setInto] = useState('');
  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const heading = `story-${story.id}`;
  const facts: [string, string[]][] = [
    ['Outlets', story.outlets],
    ['Languages', story.languages],
    ['People', story.people],
    ['Places', story.places],
  ];
  return (
    <article className="story-card" aria-labelledby={heading}>
      <h3 id={heading}>{story.title}</h3>
      <p className="story-dates">
        {dates(story)} · {story.articles.length} articles
      </p>
      <dl className="story-facts">
        {facts
          .filter(([, values]) => values.length > 0)
          .map(([label, values]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{values.join(', ')}</dd>
            </div>
          ))}
      </dl>
      <ol className="story-articles">
        {story.articles.map((a) => (
          <li key={a.id} className={a.id === shownId ? 'shown' : undefined}>
            <input type="checkbox" aria-label={`Pick “${a.title}”`} checked={picked.includes(a.id)} onChange={() => toggle(a.id)} />
            <button type="button" className="link-button story-article" aria-current={a.id === shownId ? 'true' : undefined} onClick={() => onShow(a.id)}>
              {a.title}
            </button>
            <span className="story-article-meta">{[a.published, a.source, a.language].filter(Boolean).join(' · ')}</span>
            <button type="button" className="link-button" aria-label={`Move “${a.title}” out of the story`} onClick={() => onMoveOut(a.id)}>
              Move out
            </button>
          </li>
        ))}
      </ol>
      <div className="story-actions">
        <button type="button" className="tool-button" disabled={picked.length !== 2} onClick={() => onCompare(picked[0]!, picked[1]!)}>
          Compare the two picked
        </button>
        <button
          type="button"
          className="tool-button"
          disabled={picked.length === 0 || picked.length === story.articles.length}
          onClick={() => (onSplit(picked), setPicked([]))}
        >
          Split off the picked
        </button>
        {others.length > 0 && (
          <span className="story-merge">
            <select aria-label={`Story to merge “${story.title}” into`} value={into} onChange={(e) => setInto(e.target.value)}>
              <option value="">Merge into…</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title} ({dates(o)})
                </option>
              ))}
            </select>
            <button type="button" className="tool-button" disabled={into === ''} onClick={() => onMerge(Number(into))}>
              Merge
            </button>
          </span>
        )}
      </div>
    </article>
  );
}
