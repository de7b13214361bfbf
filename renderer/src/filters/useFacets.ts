import { useMemo, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { facetsCanSee, type AnnotationChange } from '../annotate/annotationChange';
import { api } from '../api/client';
import { useLatestRequest } from '../api/useLatestRequest';

export type Facets = ResponseOf<'facets.query'>;
export type FacetListName = keyof Facets['lists'];
/** Which entries of a list to fetch: the top `limit` among the names containing `contains`. */
export interface FacetWindow {
  limit: number;
  contains: string;
}
export type FacetWindows = Record<FacetListName, FacetWindow>;

async function countFacets({ query, windows }: { query: string; windows: FacetWindows }): Promise<Facets> {
  return api.invoke('facets.query', { query, ...windows });
}

/**
 * The filter pane's counts for a query (none while it is null), asked for as `useLatestRequest` asks (the counts shown stay, `busy`, until
 * the newest request's come); asked again when `changes` moves (an article was read or starred) and after an
 * annotation change only if it can move one of them.
 */
export function useFacets(query: string | null, windows: FacetWindows, changes: number, annotated: AnnotationChange | null) {
  const [facets, setFacets] = useState<Facets | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seen = query !== null && annotated && facetsCanSee(query, annotated) ? annotated : null;
  const request = useMemo(() => (query === null ? null : { query, windows, changes, seen }), [query, windows, changes, seen]);
  const busy = useLatestRequest(request, countFacets, (outcome) => {
    if ('error' in outcome) setError(outcome.error instanceof Error ? outcome.error.message : String(outcome.error));
    else {
      setFacets(outcome.answer);
      setError(null);
    }
  });
  return { facets, error, busy };
}
