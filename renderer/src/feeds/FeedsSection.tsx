import { useEffect, useState } from 'react';
import type { FeedSummary } from '../../../electron/common/contract/feedsContract';
import { hasOperator, removeOperator, addOperator, type OperatorRef } from '../../../electron/common/query/queryEdit';
import { api } from '../api/client';
import { FacetEntry } from '../filters/FacetEntry';

interface Props {
  query: string;
  onQuery(query: string): void;
  /** Articles were added or changed: the list and the counts are fetched again. */
  onLibraryChanged(): void;
}

type Editing = { kind: 'add'; text: string } | { kind: 'rename'; id: number; text: string } | null;

const feedName = (f: FeedSummary) => f.title ?? f.url;
const byFeed = (f: FeedSummary): OperatorRef => ({ name: 'feed', value: feedName(f) });

/** The feeds subscribed to, each with its unread count and why it last failed; add, rename, remove and refresh them. */
export function FeedsSection({ query, onQuery, onLibraryChanged }: Props) {
  const [feeds, setFeeds] = useState<FeedSummary[]>([]);
  const [editing, setEditing] = useState<Editing>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    api.invoke('feeds.list', {}).then(
      (r) => setFeeds(r.feeds),
      (err: Error) => setError(err.message),
    );
  }, [reload]);

  const run = async (action: () => Promise<boolean>) => {
    try {
      const changedArticles = await action();
      setError(null);
      if (changedArticles) onLibraryChanged();
      else setReload((r) => r + 1);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const submit = () => {
    const text = editing?.text.trim();
    if (editing?.kind === 'add' && text) void run(async () => (await api.invoke('feeds.add', { url: text }), true));
    if (editing?.kind === 'rename' && text) void run(async () => (await api.invoke('feeds.rename', { id: editing.id, title: text }), false));
    setEditing(null);
  };
  // One feed after another, so the bar can say how far it has gone.
  const refreshAll = () =>
    void run(async () => {
      let changed = false;
      for (const [i, f] of feeds.entries()) {
        setProgress(`Refreshing ${i + 1} of ${feeds.length}: ${feedName(f)}`);
        const [result] = (await api.invoke('feeds.refresh', { id: f.id })).results;
        changed ||= (result?.added ?? 0) + (result?.updated ?? 0) > 0;
      }
      setProgress(null);
      return changed;
    });

  return (
    <section aria-label="Feeds">
      <h2>Feeds</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {progress && (
        <p className="feeds-progress" role="status">
          {progress}
        </p>
      )}
      <ul>
        {feeds.map((f) => (
          <FacetEntry
            key={f.id}
            label={`${f.folder ? `${f.folder} / ` : ''}${feedName(f)}${f.lastError ? ' (failed)' : ''}`}
            count={f.unread}
            active={hasOperator(query, byFeed(f))}
            onClick={() => onQuery(hasOperator(query, byFeed(f)) ? removeOperator(query, byFeed(f)) : addOperator(query, byFeed(f)))}
            extra={
              <>
                {f.lastError && <span className="feed-error">{f.lastError}</span>}
                <button
                  type="button"
                  className="delete-view"
                  aria-label={`Rename feed ${feedName(f)}`}
                  onClick={() => setEditing({ kind: 'rename', id: f.id, text: feedName(f) })}
                >
                  ✎
                </button>
                <button
                  type="button"
                  className="delete-view"
                  aria-label={`Remove feed ${feedName(f)}`}
                  onClick={() => void run(async () => (await api.invoke('feeds.remove', { id: f.id }), false))}
                >
                  ×
                </button>
              </>
            }
          />
        ))}
      </ul>
      {editing ? (
        <form
          className="save-view"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <input
            autoFocus
            aria-label={editing.kind === 'add' ? 'Address of a feed or of a page' : 'New name of the feed'}
            placeholder={editing.kind === 'add' ? 'https://…' : 'Name'}
            value={editing.text}
            onChange={(e) => setEditing({ ...editing, text: e.target.value })}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
          />
          <button type="submit">{editing.kind === 'add' ? 'Add' : 'Rename'}</button>
        </form>
      ) : (
        <p>
          <button type="button" className="link-button show-more" onClick={() => setEditing({ kind: 'add', text: '' })}>
            Add feed…
          </button>{' '}
          {feeds.length > 0 && (
            <button type="button" className="link-button show-more" disabled={progress !== null} onClick={refreshAll}>
              Refresh feeds
            </button>
          )}
        </p>
      )}
    </section>
  );
}
