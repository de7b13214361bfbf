import type { ReviewAnswer } from '../../../electron/common/contract/reviewContract';

/** The review's keys and what each does, in the order the card's buttons and the `?` overlay list them. */
export const ANSWER_KEYS: readonly { key: string; answer: ReviewAnswer; label: string }[] = [
  { key: 'k', answer: 'keep', label: 'Keep' },
  { key: 's', answer: 'sooner', label: 'Sooner' },
  { key: 'l', answer: 'later', label: 'Later' },
  { key: 'd', answer: 'discard', label: 'Discard' },
  { key: '+', answer: 'remembered', label: 'Remembered' },
  { key: '-', answer: 'forgot', label: 'Forgot' },
];

export const EDIT_KEYS = { note: 'n', tags: 't', open: 'o' } as const;
