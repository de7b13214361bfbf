import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';

export type TagSummary = ResponseOf<'tags.list'>['tags'][number];

/** The library's tags with their article and highlight counts, fetched again when `revision` moves. */
export function useTags(revision: number) {
  const [tags, setTags] = useState<TagSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api.invoke('tags.list', {}).then(
      (r) => current && (setTags(r.tags), setError(null)),
      (err: Error) => current && setError(err.message),
    );
    return () => void (current = false);
  }, [revision]);
  return { tags, error };
}
