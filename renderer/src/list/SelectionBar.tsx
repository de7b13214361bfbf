import { useState } from 'react';
import type { Row, RowChange } from './useArticleRows';
import './shelves.css';

interface Props {
  picked: readonly Row[];
  onChange(rows: readonly Row[], change: RowChange): void;
  onClear(): void;
}

/** Above the list while several rows are picked: what can be done to all of them at once. */
export function SelectionBar({ picked, onChange, onClear }: Props) {
  const [tag, setTag] = useState('');
  const allArchived = picked.every((r) => r.archived);
  const allTrashed = picked.every((r) => r.trashed);
  const act = (change: RowChange) => onChange(picked, change);
  const action = (label: string, change: RowChange) => (
    <button type="button" className="tool-button" onClick={() => act(change)}>
      {label}
    </button>
  );
  return (
    <section className="selection-bar" aria-label="Selected articles">
      <span className="selection-count" role="status">
        {picked.length} selected
      </span>
      {action('Mark read', { read: true })}
      {action('Mark unread', { read: false })}
      {action('Star', { starred: true })}
      {action('Unstar', { starred: false })}
      {action(allArchived ? 'Unarchive' : 'Archive', { archived: !allArchived })}
      {action(allTrashed ? 'Restore' : 'Delete', { trashed: !allTrashed })}
      <form
        className="selection-tag"
        onSubmit={(e) => {
          e.preventDefault();
          if (!tag.trim()) return;
          act({ tags: [tag.trim()] });
          setTag('');
        }}
      >
        <input aria-label="Tag the selected articles" placeholder="Add a tag" maxLength={100} value={tag} onChange={(e) => setTag(e.currentTarget.value)} />
        <button type="submit" className="tool-button" disabled={!tag.trim()}>
          Tag
        </button>
      </form>
      <button type="button" className="link-button" onClick={onClear}>
        Clear
      </button>
    </section>
  );
}
