import { useId, useState, type KeyboardEvent } from 'react';
import { api } from '../api/client';

interface Props {
  label: string;
  tags: readonly string[];
  onChange(tags: string[]): void;
  onError(message: string): void;
  autoFocus?: boolean;
}

/**
 * Tags as removable chips and a box to add one (Enter or a comma), suggesting the library's tags as you type.
 * Tags compare without regard to case, as the library stores them.
 */
export function TagInput({ label, tags, onChange, onError, autoFocus }: Props) {
  const [text, setText] = useState('');
  const [known, setKnown] = useState<string[] | null>(null);
  const listId = useId();
  const has = (name: string) => tags.some((t) => t.toLowerCase() === name.toLowerCase());

  const loadKnown = () => {
    if (known === null)
      api.invoke('tags.list', {}).then(
        (r) => setKnown(r.tags.map((t) => t.name)),
        (err: Error) => onError(err.message),
      );
  };
  const add = () => {
    const name = text.trim().replace(/,+$/, '').trim();
    setText('');
    if (name && !has(name)) onChange([...tags, name]);
  };
  const key = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="tag-input" role="group" aria-label={label}>
      <ul className="tag-chips">
        {tags.map((t) => (
          <li key={t} className="tag-chip">
            {t}
            <button type="button" aria-label={`Remove tag ${t}`} onClick={() => onChange(tags.filter((x) => x !== t))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        aria-label={`Add a tag (${label.toLowerCase()})`}
        placeholder="Add tag…"
        list={listId}
        value={text}
        autoFocus={autoFocus}
        onFocus={loadKnown}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={key}
        onBlur={add}
      />
      <datalist id={listId}>
        {(known ?? [])
          .filter((k) => !has(k))
          .map((k) => (
            <option key={k} value={k} />
          ))}
      </datalist>
    </div>
  );
}
