/** Below this window width the list and the article take turns: the article's measure wins over seeing both. */
export const TWO_STEP_BELOW = 900;
/** The two splitters. */
const SPLITTERS = 10;
/** The notes sidebar beside the article. */
export const NOTES_WIDTH = 270;
const LIST_MIN = 260;

export interface PaneLayout {
  /** List and article one at a time, with Back between them. */
  twoStep: boolean;
  /** The filters beside the list, or in a drawer over it (Ctrl/Cmd+1). */
  filters: 'inline' | 'drawer';
  /** The list's width, narrowed from the chosen one when the article needs the room. */
  listWidth: number;
  /** The notes sidebar beside the article, or after it when the article would be too narrow beside it. */
  notes: 'beside' | 'below';
}

export interface LayoutInput {
  windowWidth: number;
  /** The narrowest article pane that still sets 45 characters a line in the current font and size. */
  articleMin: number;
  filtersWidth: number;
  listWidth: number;
  filtersOpen: boolean;
  focus: boolean;
}

/** Which panes give way, in the design's order: notes first, then the filters, then the list. */
export function paneLayout({ windowWidth, articleMin, filtersWidth, listWidth, filtersOpen, focus }: LayoutInput): PaneLayout {
  const twoStep = windowWidth < TWO_STEP_BELOW || windowWidth - LIST_MIN - SPLITTERS < articleMin;
  if (twoStep || focus) return { twoStep, filters: 'drawer', listWidth, notes: windowWidth >= articleMin + NOTES_WIDTH ? 'beside' : 'below' };
  const list = Math.max(LIST_MIN, Math.min(listWidth, windowWidth - SPLITTERS - articleMin));
  const filters = filtersOpen && windowWidth - list - filtersWidth - SPLITTERS >= articleMin ? 'inline' : 'drawer';
  const article = windowWidth - list - SPLITTERS - (filters === 'inline' ? filtersWidth : 0);
  return { twoStep, filters, listWidth: list, notes: article >= articleMin + NOTES_WIDTH ? 'beside' : 'below' };
}
