import { ConfirmDialog } from './ConfirmDialog';
import type { Row } from './useArticleRows';

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Asks before articles holding highlights or notes go to the Trash, saying how many, and that they come back with them. */
export function DeleteConfirm({ rows, onSettle }: { rows: readonly Row[]; onSettle(confirmed: boolean): void }) {
  const highlights = rows.reduce((n, r) => n + r.highlights, 0);
  const notes = rows.reduce((n, r) => n + r.notes, 0);
  const held = [highlights > 0 && counted(highlights, 'highlight'), notes > 0 && counted(notes, 'note')].filter(Boolean).join(' and ');
  const what = rows.length === 1 ? `“${rows[0]!.title}”` : `${rows.length} articles`;
  return (
    <ConfirmDialog title={`Move ${what} to the Trash?`} confirm="Move to Trash" onSettle={onSettle}>
      <p>
        {rows.length === 1 ? 'It holds' : 'They hold'} {held}. {rows.length === 1 ? 'It keeps them' : 'They keep them'} in the Trash, and restoring brings
        everything back; only emptying the Trash deletes them.
      </p>
    </ConfirmDialog>
  );
}
