import { useCallback, useRef, useState } from 'react';
import type { ReviewAnswer } from '../../../electron/common/contract/reviewContract';
import { useColorMeanings } from '../annotate/useColorMeanings';
import type { ShownHighlight } from '../app/useStandInView';
import { ReviewCardView, type Editing } from './ReviewCardView';
import { ReviewSettingsForm } from './ReviewSettingsForm';
import { ANSWER_KEYS } from './reviewKeys';
import { useReviewCards } from './useReviewCards';
import { useReviewKeys } from './useReviewKeys';
// The colour classes (hl-yellow…), dots and tags are the article view's and All highlights', so a colour looks the same everywhere.
import '../annotate/annotate.css';
import '../highlights/highlights.css';
import './review.css';
import { StandInHeading } from '../app/StandInHeading';

const ignore = () => {};

interface Props {
  /** The reader's search, offered as the theme of a review. */
  query: string;
  onShow(highlight: ShownHighlight): void;
  onClose(): void;
}

/** The daily review, in place of the article list: one highlight at a time, answered by a key or a button. */
export function ReviewView({ query, onShow, onClose }: Props) {
  const [theme, setTheme] = useState('');
  const [draft, setDraft] = useState('');
  // Moved by a change of the settings, so the day's cards are drawn again.
  const [revision, setRevision] = useState(0);
  const review = useReviewCards(theme, revision);
  const { meanings } = useColorMeanings(ignore);
  const card = review.cards?.[0] ?? null;
  // Which card's note or tags are open, so the next card starts closed without an effect to reset it: a key pressed
  // before such an effect ran would open the next card's note and be undone by it.
  const [opened, setOpened] = useState<{ highlightId: number; editing: Editing } | null>(null);
  const editing = card && opened?.highlightId === card.highlight.id ? opened.editing : null;
  const cardRef = useRef<HTMLDivElement>(null);

  const { answer: answerCard } = review;
  const answer = useCallback((a: ReviewAnswer) => card && void answerCard(card, a), [card, answerCard]);
  const openArticle = useCallback(() => {
    if (!card) return;
    onShow({ articleId: card.article.id, highlightId: card.highlight.id });
    document.querySelector<HTMLElement>('main.article-pane')?.focus();
  }, [card, onShow]);
  const setEditing = useCallback((e: Editing) => card && setOpened({ highlightId: card.highlight.id, editing: e }), [card]);
  const stopEditing = useCallback(
    (e: Editing) => {
      setEditing(e);
      // The keys go back to the card, wherever the focus was left.
      if (e === null) cardRef.current?.focus();
    },
    [setEditing],
  );
  useReviewKeys({ hasCard: card !== null, answer, edit: setEditing, openArticle, onClose });

  const done = review.answeredToday;
  return (
    <section className="list-pane review-pane" aria-labelledby="review-heading">
      <div className="list-header">
        <StandInHeading title="Review" id="review-heading" onClose={onClose} />
        <form
          className="review-theme"
          role="search"
          aria-label="Theme of the review"
          onSubmit={(e) => {
            e.preventDefault();
            setTheme(draft.trim());
            // The keys answer the cards from here on, as they cannot while the theme box has the focus.
            cardRef.current?.focus();
          }}
        >
          <input
            className="search"
            aria-label="Theme: a search, e.g. person:, tag:, color:"
            placeholder="Theme: person:, tag:, color:…"
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit">Review</button>
          {query !== '' && query !== draft && (
            <button type="button" className="link-button" onClick={() => (setDraft(query), setTheme(query))}>
              Use the search
            </button>
          )}
        </form>
        {review.hints.map((h) => (
          <p key={h} className="query-hint">
            {h}
          </p>
        ))}
      </div>
      {review.error && (
        <p className="error" role="alert">
          {review.error}
        </p>
      )}
      <div className="review-body" ref={cardRef} tabIndex={-1} aria-live="polite">
        {review.cards === null ? (
          <p className="row-meta">Loading…</p>
        ) : card ? (
          <ReviewCardView
            key={card.highlight.id}
            card={card}
            meanings={meanings}
            editing={editing}
            onEditing={stopEditing}
            onUpdate={(fields) => void review.update(card, fields)}
            onOpenArticle={openArticle}
            onError={review.reportError}
          />
        ) : (
          <p className="review-done">
            {theme ? 'Nothing left to review on this theme today.' : done > 0 ? 'Done for today.' : 'Nothing to review yet. Highlight something in an article.'}
          </p>
        )}
      </div>
      {card && (
        <div className="review-answers" role="group" aria-label="Answer">
          {ANSWER_KEYS.map(({ key, answer: a, label }) => (
            <button key={a} type="button" aria-keyshortcuts={key} title={`${label} (${key})`} onClick={() => answer(a)}>
              {label} <kbd aria-hidden="true">{key}</kbd>
            </button>
          ))}
        </div>
      )}
      <ReviewSettingsForm onChanged={() => setRevision((r) => r + 1)} onError={review.reportError} />
      <p className="review-progress row-meta">{review.cards !== null && progress(review.cards.length, done, review.streak)}</p>
    </section>
  );
}

/** "3 left · 2 answered today · 4-day streak": what is left of this review, and what was done today in any. */
function progress(left: number, answered: number, streak: number): string {
  return [left > 0 && `${left} left`, `${answered} answered today`, streak > 1 && `${streak}-day streak`].filter(Boolean).join(' · ');
}
