import { useMemo } from 'react';
import type { ResponseOf, ValidRequestOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';
import { usePagedList } from '../list/usePagedList';

export type HighlightEntry = ResponseOf<'highlights.find'>['highlights'][number];
export type HighlightFilter = Pick<ValidRequestOf<'highlights.find'>, 'query' | 'colors' | 'tags' | 'text' | 'sort'>;
export type HighlightSort = HighlightFilter['sort'];

async function loadHighlights({ filter }: { filter: HighlightFilter }, offset: number, limit: number) {
  const { query, colors, tags, text, sort } = filter;
  const { highlights, total, hints } = await api.invoke('highlights.find', { query, colors, tags, text, sort, limit, offset });
  return { items: highlights, meta: { total, hints } };
}

/** The "All highlights" entries for a filter, fetched a page at a time as they scroll into view. */
export function useHighlightRows(filter: HighlightFilter, revision: number) {
  // The revision is part of the request so that a change elsewhere (tags renamed) asks for the same filter again.
  const request = useMemo(() => ({ filter, revision }), [filter, revision]);
  const { shown, busy, meta, error, itemAt, ensure } = usePagedList(request, loadHighlights);
  return { listed: shown, busy, total: meta?.total ?? null, hints: meta?.hints ?? [], error, entryAt: itemAt, ensure };
}

export type HighlightRows = ReturnType<typeof useHighlightRows>;
