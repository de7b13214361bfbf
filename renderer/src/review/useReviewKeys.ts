import { useWindowKeys } from '../app/useWindowKeys';
import type { ReviewAnswer } from '../../../electron/common/contract/reviewContract';
import { isTyping } from '../list/useListKeys';
import { ANSWER_KEYS, EDIT_KEYS } from './reviewKeys';

interface Params {
  /** Whether a card is showing: without one only Esc does anything. */
  hasCard: boolean;
  answer(answer: ReviewAnswer): void;
  edit(what: 'note' | 'tags'): void;
  /** Shows the card's article at the highlight and moves the focus there. */
  openArticle(): void;
  onClose(): void;
}

/** The review's keys, active wherever the user is not typing: an answer's letter, `n` note, `t` tags, `o` or Enter open, Esc back. */
export function useReviewKeys({ hasCard, answer, edit, openArticle, onClose }: Params): void {
  useWindowKeys((e) => {
    if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    // In the article pane, opened at the card's highlight, the answers still work; Esc, Enter and `n` are the pane's own.
    const inArticle = Boolean(target?.closest('main.article-pane'));
    const answered = ANSWER_KEYS.find((a) => a.key === e.key);
    if (e.key === 'Escape' && !inArticle) onClose();
    else if (!hasCard) return;
    else if (answered) answer(answered.answer);
    else if (inArticle) return;
    else if (e.key === EDIT_KEYS.note) edit('note');
    else if (e.key === EDIT_KEYS.tags) edit('tags');
    else if (e.key === EDIT_KEYS.open || (e.key === 'Enter' && !target?.closest('button, a'))) openArticle();
    else return;
    e.preventDefault();
  });
}
