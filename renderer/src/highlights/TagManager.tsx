import { useEffect, useRef, useState } from 'react';
import { TagManagerRow } from './TagManagerRow';
import { useTags } from './useTags';
import './highlights.css';

interface Props {
  onClose(): void;
  /** After each rename, merge or delete, so the filter pane and lists count again. */
  onChanged(): void;
}

/** A dialog listing the tags with their counts: rename in place, merge one into another, delete. */
export function TagManager({ onClose, onChanged }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [changes, setChanges] = useState(0);
  const { tags, error } = useTags(changes);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const run = async (change: () => Promise<unknown>): Promise<boolean> => {
    try {
      await change();
      setFailure(null);
      setChanges((c) => c + 1);
      onChanged();
      return true;
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
      return false;
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="tag-manager"
      aria-labelledby="tag-manager-title"
      onClose={onClose}
      // Keys typed here are the dialog's, not the reader's list keys behind it.
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="tag-manager-head">
        <h2 id="tag-manager-title">Tags</h2>
        <button type="button" className="link-button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      {(failure ?? error) && (
        <p className="error" role="alert">
          {failure ?? error}
        </p>
      )}
      {tags && tags.length === 0 && <p className="hint">No tags yet. Tag an article or a highlight and it appears here.</p>}
      {tags && tags.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Tag</th>
              <th scope="col">Articles</th>
              <th scope="col">Highlights</th>
              <th scope="col" aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {tags.map((tag) => (
              <TagManagerRow key={tag.id} tag={tag} tags={tags} run={run} />
            ))}
          </tbody>
        </table>
      )}
    </dialog>
  );
}
