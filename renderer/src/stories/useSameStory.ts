import { useEffect, useState } from 'react';
import type { Story } from '../../../electron/common/contract/storiesContract';
import { api } from '../api/client';

/**
 * The story an article is in, and whether it has been answered for this article: the section it fills sits under the
 * byline, so the text moves down when it appears, and the article counts as loading until then.
 */
export function useSameStory(articleId: number | null, revision: number): { story: Story | null; loaded: boolean } {
  const [answer, setAnswer] = useState<{ articleId: number; story: Story | null } | null>(null);
  useEffect(() => {
    if (articleId === null) return;
    let live = true;
    api.invoke('stories.ofArticle', { articleId }).then(
      (found) => live && setAnswer({ articleId, story: found.story }),
      () => live && setAnswer({ articleId, story: null }),
    );
    return () => void (live = false);
  }, [articleId, revision]);
  const loaded = answer !== null && answer.articleId === articleId;
  return { story: loaded ? answer.story : null, loaded };
}
