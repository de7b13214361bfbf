import { useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';
import { ConfirmDialog } from './ConfirmDialog';

type Held = Pick<ResponseOf<'articles.trash'>, 'total' | 'highlights' | 'notes'>;

/** In the Trash's list: "Empty Trash…", which asks, saying what would be deleted for good, before it deletes anything. */
export function TrashControls({ onEmpty, onError }: { onEmpty(): Promise<void>; onError(message: string): void }) {
  const [held, setHeld] = useState<Held | null>(null);
  const ask = async () => {
    try {
      const { total, highlights, notes } = await api.invoke('articles.trash', { limit: 1, offset: 0 });
      setHeld({ total, highlights, notes });
    } catch (err) {
      onError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div className="trash-controls">
      <button type="button" className="link-button" onClick={() => void ask()}>
        Empty Trash…
      </button>
      {held && (
        <ConfirmDialog
          title={held.total === 0 ? 'The Trash is empty' : `Delete the ${held.total} ${held.total === 1 ? 'article' : 'articles'} in the Trash for good?`}
          confirm="Delete for good"
          onSettle={(confirmed) => {
            setHeld(null);
            if (confirmed && held.total > 0) void onEmpty();
          }}
        >
          <p>
            With {held.highlights} {held.highlights === 1 ? 'highlight' : 'highlights'} and {held.notes} {held.notes === 1 ? 'note' : 'notes'}. This cannot be
            undone.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
