import { useCallback } from 'react';
import { api } from '../api/client';
import type { ArticleRows } from '../list/useArticleRows';
import { useNarrator } from './useNarrator';
import { useSpokenMark } from './useSpokenMark';

/** How many of the list's articles a queue takes at once: more than anyone listens to in a sitting. */
const QUEUE_LENGTH = 200;

interface Params {
  rows: ArticleRows;
  selectedIndex: number;
  select(index: number): void;
  /** The article on screen: the list's, or the one All highlights or the Review shows (then alone in the queue). */
  shownId: number | null;
  /** The article whose text the pane shows: until `shownId` has come, the one before it. */
  drawnId: number | null;
  fromList: boolean;
  /** The reading setting "Mark read at the end": an article listened to its end is read to its end. */
  markReadAtEnd: boolean;
}

/**
 * Reading aloud the open article and the list after it, article after article, each marked read when it has been
 * heard to the end (as the setting says). The article pane follows the queue while it shows the article just finished.
 */
export function useListenToList({ rows, selectedIndex, select, shownId, drawnId, fromList, markReadAtEnd }: Params) {
  const { rowAt, total, setRead } = rows;
  const queue = useCallback(() => {
    if (!fromList) return shownId === null ? [] : [shownId];
    const ids: number[] = [];
    for (let i = selectedIndex; i < (total ?? 0) && ids.length < QUEUE_LENGTH; i++) {
      const row = rowAt(i);
      if (!row) break;
      ids.push(row.id);
    }
    return ids;
  }, [fromList, shownId, selectedIndex, total, rowAt]);

  const onFinished = useCallback(
    (id: number) => {
      let index = -1;
      for (let i = 0; i < (total ?? 0) && index < 0; i++) if (rowAt(i)?.id === id) index = i;
      const row = index < 0 ? undefined : rowAt(index);
      if (markReadAtEnd) {
        if (row) void setRead(row, true);
        else void api.invoke('articles.setRead', { ids: [id], read: true }).catch(() => {});
      }
      if (fromList && row && shownId === id && rowAt(index + 1)) select(index + 1);
    },
    [total, rowAt, markReadAtEnd, setRead, fromList, shownId, select],
  );

  const narration = useNarrator(queue, onFinished);
  useSpokenMark(narration.state, drawnId);
  return narration;
}
