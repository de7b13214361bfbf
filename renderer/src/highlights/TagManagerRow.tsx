import { useState } from 'react';
import { normalizeTag } from '../../../electron/common/tagNames';
import { api } from '../api/client';
import type { TagSummary } from './useTags';

interface Props {
  tag: TagSummary;
  tags: TagSummary[];
  /** Carries out a change; false if the library refused it (the dialog shows why). */
  run(change: () => Promise<unknown>): Promise<boolean>;
}

type Mode = 'view' | 'rename' | 'merge' | 'delete';

function plural(n: number, one: string): string {
  return `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`;
}

function uses(tag: TagSummary): string {
  return `${plural(tag.articles, 'article')} and ${plural(tag.highlights, 'highlight')}`;
}

/** Tag names are unique as SQLite's NOCASE compares them: ASCII letters only fold. */
function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return fold(a) === fold(b);
}

function validName(raw: string): { name: string } | { problem: string } {
  try {
    return { name: normalizeTag(raw) };
  } catch (err) {
    return { problem: err instanceof Error ? err.message : String(err) };
  }
}

/** One tag in the tag manager: its counts, and rename, merge or delete, each confirmed in place. */
export function TagManagerRow({ tag, tags, run }: Props) {
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(tag.name);
  const others = tags.filter((t) => t.id !== tag.id);
  const [intoId, setIntoId] = useState<number | null>(null);
  const into = others.find((t) => t.id === intoId) ?? others[0];
  const change = async (action: () => Promise<unknown>) => {
    if (await run(action)) setMode('view');
  };
  const cancel = () => {
    setMode('view');
    setName(tag.name);
  };

  if (mode === 'rename') {
    const valid = validName(name);
    const existing = 'name' in valid ? others.find((t) => sameName(t.name, valid.name)) : undefined;
    return (
      <tr>
        <td colSpan={4}>
          <form
            className="tag-edit"
            onSubmit={(e) => {
              e.preventDefault();
              if ('name' in valid) void change(() => api.invoke('tags.rename', { id: tag.id, name: valid.name }));
            }}
          >
            <input
              aria-label={`New name for ${tag.name}`}
              value={name}
              autoFocus
              onChange={(e) => setName(e.target.value)}
              // Esc leaves the rename, not the whole dialog.
              onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), cancel())}
            />
            <button type="submit" disabled={'problem' in valid}>
              {existing ? 'Merge' : 'Rename'}
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
            {'problem' in valid && <p className="hint">{valid.problem}</p>}
            {existing && (
              <p className="hint" role="status">
                “{existing.name}” already exists: this merges “{tag.name}” into it, and its {uses(tag)} are tagged “{existing.name}”.
              </p>
            )}
          </form>
        </td>
      </tr>
    );
  }

  return (
    // Esc leaves a merge or delete being confirmed, not the whole dialog.
    <tr onKeyDown={(e) => mode !== 'view' && e.key === 'Escape' && (e.preventDefault(), cancel())}>
      <th scope="row">{tag.name}</th>
      <td>{tag.articles.toLocaleString()}</td>
      <td>{tag.highlights.toLocaleString()}</td>
      <td className="tag-actions">
        {mode === 'view' && (
          <>
            <button type="button" onClick={() => setMode('rename')} aria-label={`Rename ${tag.name}`}>
              Rename
            </button>
            <button type="button" onClick={() => setMode('merge')} disabled={others.length === 0} aria-label={`Merge ${tag.name} into another tag`}>
              Merge…
            </button>
            <button type="button" onClick={() => setMode('delete')} aria-label={`Delete ${tag.name}`}>
              Delete
            </button>
          </>
        )}
        {mode === 'merge' && into && (
          <div className="tag-confirm">
            <label>
              Merge into{' '}
              <select value={into.id} onChange={(e) => setIntoId(Number(e.target.value))}>
                {others.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
            <p className="hint">
              Its {uses(tag)} are tagged “{into.name}” instead, and “{tag.name}” is removed.
            </p>
            <button type="button" onClick={() => void change(() => api.invoke('tags.merge', { from: tag.id, into: into.id }))}>
              Merge
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        )}
        {mode === 'delete' && (
          <div className="tag-confirm" role="alertdialog" aria-label={`Delete ${tag.name}?`}>
            <p>
              Delete “{tag.name}”? {uses(tag)} lose it.
            </p>
            <button type="button" onClick={() => void change(() => api.invoke('tags.delete', { id: tag.id }))}>
              Delete
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
