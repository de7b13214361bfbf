import { useCallback } from 'react';
import type { ResponseOf, ValidRequestOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';
import { usePagedList } from '../list/usePagedList';

export type HighlightEntry = ResponseOf<'highlights.find'>['highlights'][number];
export type HighlightFilter = Pick<ValidRequestOf<'highlights.find'>, 'query' | 'colors' | 'tags' | 'text' | 'sort'>;
export type HighlightSort = HighlightFilter['sort'];

/** The "All highlights" entries for a filter, fetched a page at a time as they scroll into view. */
export function useHighlightRows(filter: HighlightFilter, revision: number) {
  const { query, colors, tags, text, sort } = filter;
  const load = useCallback(
    async (offset: number, limit: number) => {
      const { highlights, total, hints } = await api.invoke('highlights.find', { query, colors, tags, text, sort, limit, offset });
      return { items: highlights, meta: { total, hints } };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the revision is a dependency so that a change elsewhere (tags renamed) fetches the same filter again
    [query, colors, tags, text, sort, revision],
  );
  const { meta, error, itemAt, ensure } = usePagedList(load);
  return { total: meta?.total ?? null, hints: meta?.hints ?? [], error, entryAt: itemAt, ensure };
}

export type HighlightRows = ReturnType<typeof useHighlightRows>;
