import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { ArticleRows } from '../list/useArticleRows';

/** How far down the list the article last read is looked for: the first page, which is loaded anyway. */
const LOOK_AT = 100;

/**
 * On start, selects the article that was being read (its place is restored by the article view), if the list shows
 * it among its first rows; otherwise the list's first article stays selected.
 */
export function useResumeArticle(rows: ArticleRows, select: (index: number) => void): void {
  const [resumeId, setResumeId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    api.invoke('reading.resume', {}).then(
      (r) => setResumeId(r.article?.id ?? null),
      () => setResumeId(null),
    );
  }, []);
  const { total, rowAt } = rows;
  useEffect(() => {
    if (resumeId == null || total === null || rowAt(0) === undefined) return;
    for (let i = 0; i < Math.min(total, LOOK_AT); i++) {
      if (rowAt(i)?.id === resumeId) {
        select(i);
        break;
      }
    }
    setResumeId(null);
  }, [resumeId, total, rowAt, select]);
}
