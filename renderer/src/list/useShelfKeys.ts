import { useWindowKeys } from '../app/useWindowKeys';
import type { ArticleRows, Row, RowChange } from './useArticleRows';
import { isTyping } from './useListKeys';

/**
 * `a` archives and `#` or Delete moves to the Trash (each undoes itself when every target is already there), as in
 * mail readers: the picked rows, else the open one. The open row leaving the list brings up the next, so a reader
 * can go through a list putting away what is done.
 */
export function useShelfKeys(
  rows: ArticleRows,
  picked: ReadonlyMap<number, Row>,
  selectedIndex: number,
  change: (targets: readonly Row[], c: RowChange) => void,
) {
  useWindowKeys((e) => {
    if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
    const archive = e.key === 'a';
    if (!archive && e.key !== '#' && e.key !== 'Delete') return;
    const open = rows.rowAt(selectedIndex);
    const targets = picked.size > 0 ? [...picked.values()] : open ? [open] : [];
    if (targets.length === 0) return;
    e.preventDefault();
    if (archive) change(targets, { archived: !targets.every((r) => r.archived) });
    else change(targets, { trashed: !targets.every((r) => r.trashed) });
  });
}
