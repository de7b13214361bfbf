import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../api/client';
import { isTyping } from '../list/useListKeys';
import { useWindowKeys } from '../app/useWindowKeys';
import { Narrator } from './Narrator';

const load = async (id: number) => {
  const { article } = await api.invoke('articles.get', { id });
  return { id, title: article.title, body: article.body, language: article.language };
};

/**
 * The app's one narrator, which goes on whatever the user browses, and its keys: `p` plays or pauses (starting with
 * what `queue()` gives: the open article and the list after it), `[` and `]` step through the sentences.
 */
export function useNarrator(queue: () => number[], onFinished: (articleId: number) => void) {
  const [narrator] = useState(() => new Narrator(typeof speechSynthesis === 'undefined' ? null : speechSynthesis, load));
  const state = useSyncExternalStore(narrator.subscribe, narrator.snapshot);
  useEffect(() => {
    narrator.onFinished = onFinished;
  }, [narrator, onFinished]);
  useEffect(() => () => narrator.stop(), [narrator]);

  const playPause = useCallback(() => {
    if (narrator.snapshot().articleId === null) void narrator.start(queue());
    else narrator.toggle();
  }, [narrator, queue]);
  useWindowKeys((e) => {
    if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
    if (e.key === 'p') playPause();
    else if (e.key === '[' || e.key === ']') narrator.step(e.key === ']' ? 1 : -1);
    else return;
    e.preventDefault();
  });

  return { narrator, state, playPause };
}
