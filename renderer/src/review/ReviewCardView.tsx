import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ReviewCard } from '../../../electron/common/contract/reviewContract';
import type { HighlightFields } from '../../../electron/common/shapes/highlightShapes';
import { TagInput } from '../annotate/TagInput';
import { colorName, type Meanings } from '../annotate/useColorMeanings';
import { useDebouncedSave } from '../annotate/useDebouncedSave';
import { byline, formatDate } from '../article/format';

export type Editing = 'note' | 'tags' | null;

interface Props {
  card: ReviewCard;
  meanings: Meanings | null;
  editing: Editing;
  onEditing(editing: Editing): void;
  onUpdate(fields: Partial<HighlightFields>): void;
  onOpenArticle(): void;
  onError(message: string): void;
}

/** One card: the quote in its colour within its sentence, where it comes from, its note and tags, each editable in place. */
export function ReviewCardView({ card, meanings, editing, onEditing, onUpdate, onOpenArticle, onError }: Props) {
  const { highlight, article, context, schedule } = card;
  const [draft, setDraft] = useState(highlight.note);
  const save = useDebouncedSave(highlight.note, (note) => onUpdate({ note }));
  useEffect(() => setDraft(highlight.note), [highlight.id, highlight.note]);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (editing === 'note') noteRef.current?.focus();
  }, [editing]);
  // Esc or Enter (without Shift, in the note) ends the editing and gives the keys back to the card.
  const finish = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' && !(e.key === 'Enter' && !e.shiftKey && e.target === noteRef.current)) return;
    e.preventDefault();
    e.stopPropagation();
    save.flush();
    onEditing(null);
  };

  return (
    <article className="review-card" aria-labelledby="review-card-source">
      <blockquote className="review-quote">
        {context.before && <span className="review-context">{context.before}</span>}
        <mark className={`hl-${highlight.color}`}>{highlight.quote}</mark>
        {context.after && <span className="review-context">{context.after}</span>}
      </blockquote>
      <p className="review-source" id="review-card-source">
        <button type="button" className="link-button" aria-keyshortcuts="o" title="Open the article at the highlight (o)" onClick={onOpenArticle}>
          {article.title}
        </button>
        <span className="row-meta"> {byline([article.source, formatDate(article.published)])}</span>
      </p>
      <div className="review-labels">
        <span className="hlv-color">
          <span className={`color-dot hl-${highlight.color}`} aria-hidden="true" />
          {colorName(highlight.color, meanings)}
        </span>
        {schedule.recall !== null && schedule.halfLifeDays !== null && (
          <span className="row-meta" title="The chance you still recall it; it comes back when that falls to one half">
            recall {Math.round(schedule.recall * 100)}% · half-life {formatDays(schedule.halfLifeDays)}
          </span>
        )}
      </div>
      {editing === 'note' ? (
        <label className="annotate-field review-note-field" onKeyDown={finish}>
          Note
          <textarea
            ref={noteRef}
            rows={3}
            value={draft}
            placeholder="Why this matters…"
            onChange={(e) => {
              setDraft(e.currentTarget.value);
              save.schedule(e.currentTarget.value);
            }}
            onBlur={() => {
              save.flush();
              onEditing(null);
            }}
          />
        </label>
      ) : (
        highlight.note && <p className="review-note">{highlight.note}</p>
      )}
      {editing === 'tags' ? (
        <div onKeyDown={finish}>
          <TagInput label="Tags" tags={highlight.tags} autoFocus onChange={(tags) => onUpdate({ tags })} onError={onError} />
        </div>
      ) : (
        highlight.tags.length > 0 && (
          <p className="review-tags">
            {highlight.tags.map((t) => (
              <span key={t} className="hlv-tag">
                #{t}
              </span>
            ))}
          </p>
        )
      )}
    </article>
  );
}

function formatDays(days: number): string {
  return days < 1 ? `${Math.round(days * 24)} hours` : `${Math.round(days * 10) / 10} ${days === 1 ? 'day' : 'days'}`;
}
