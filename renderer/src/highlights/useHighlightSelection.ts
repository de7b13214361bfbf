import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HighlightEntry } from './useHighlightRows';

/**
 * The highlights ticked for a later action (exporting "the selected highlights"). Shift extends from the last
 * entry ticked to this one. A new filter starts a new selection, so nothing hidden stays selected.
 */
export function useHighlightSelection(entryAt: (index: number) => HighlightEntry | undefined, filterKey: string) {
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const anchor = useRef<number | null>(null);

  useEffect(() => {
    setSelected(new Set());
    anchor.current = null;
  }, [filterKey]);

  const toggle = useCallback(
    (index: number, extend: boolean) => {
      const entry = entryAt(index);
      if (!entry) return;
      const start = extend ? anchor.current : null;
      anchor.current = index;
      setSelected((current) => {
        const next = new Set(current);
        if (start !== null) {
          const [from, to] = [Math.min(start, index), Math.max(start, index)];
          for (let i = from; i <= to; i++) {
            const id = entryAt(i)?.id;
            if (id !== undefined) next.add(id);
          }
        } else if (next.has(entry.id)) next.delete(entry.id);
        else next.add(entry.id);
        return next;
      });
    },
    [entryAt],
  );

  const clear = useCallback(() => setSelected(new Set()), []);
  const selectedIds = useMemo(() => [...selected], [selected]);
  return { selectedIds, isSelected: (id: number) => selected.has(id), toggle, clear };
}

export type HighlightSelection = ReturnType<typeof useHighlightSelection>;
