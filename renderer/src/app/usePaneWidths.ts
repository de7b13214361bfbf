import { useCallback, useState } from 'react';

export interface PaneWidths {
  filters: number;
  list: number;
}

const KEY = 'dossier.paneWidths';
const DEFAULT: PaneWidths = { filters: 240, list: 380 };
const LIMITS: Record<keyof PaneWidths, [number, number]> = { filters: [160, 480], list: [260, 720] };

function load(): PaneWidths {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PaneWidths> | null;
    return { ...DEFAULT, ...saved };
  } catch {
    return DEFAULT;
  }
}

/** Widths of the two left panes, dragged by the user and remembered across restarts. */
export function usePaneWidths(): [PaneWidths, (pane: keyof PaneWidths, delta: number) => void] {
  const [widths, setWidths] = useState(load);
  const resize = useCallback((pane: keyof PaneWidths, delta: number) => {
    setWidths((current) => {
      const [min, max] = LIMITS[pane];
      const next = { ...current, [pane]: Math.min(max, Math.max(min, current[pane] + delta)) };
      localStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return [widths, resize];
}
