import { useEffect } from 'react';
import { bodyRange, leafIndex } from '../annotate/bodyRange';
import { scrollToRange } from '../find/scrollToRange';
import type { NarratorState } from './Narrator';

const SPOKEN = 'dossier-spoken';

/**
 * Paints the sentence being spoken, when its article is the one on screen, with a CSS Custom Highlight (as find does:
 * the article's DOM is left alone), and keeps it in view.
 */
export function useSpokenMark({ articleId, sentence }: NarratorState, drawnArticleId: number | null): void {
  useEffect(() => {
    const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    const body = document.querySelector('main.article-pane .article-body');
    if (!highlights || !body || !sentence || articleId === null || articleId !== drawnArticleId) return;
    const range = bodyRange(leafIndex(body), sentence.start, sentence.end);
    if (!range) return;
    highlights.set(SPOKEN, new Highlight(range));
    scrollToRange(range, 0);
    return () => void highlights.delete(SPOKEN);
  }, [articleId, sentence, drawnArticleId]);
}
