import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { facetsCanSee, type AnnotationChange } from '../annotate/annotationChange';
import { api } from '../api/client';

export type Facets = ResponseOf<'facets.query'>;
export type FacetListName = keyof Facets['lists'];
/** Which entries of a list to fetch: the top `limit` among the names containing `contains`. */
export interface FacetWindow {
  limit: number;
  contains: string;
}
export type FacetWindows = Record<FacetListName, FacetWindow>;

/** Waits for typing to pause: each keystroke would otherwise count the whole library again. */
const DELAY_MS = 120;

/**
 * The filter pane's counts for a query; fetched again when `changes` moves (an article was read or starred) and
 * after an annotation change only if it can move one of them.
 */
export function useFacets(query: string, windows: FacetWindows, changes: number, annotated: AnnotationChange | null) {
  const [facets, setFacets] = useState<Facets | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seen = annotated && facetsCanSee(query, annotated) ? annotated : null;
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api.invoke('facets.query', { query, ...windows }).then(
        (f) => current && (setFacets(f), setError(null)),
        (err: Error) => current && setError(err.message),
      );
    }, DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, windows, changes, seen]);
  return { facets, error };
}
