import { Link } from 'lucide-react';
import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { IconButton } from '../app/IconButton';
import { useWindowKeys } from '../app/useWindowKeys';
import { api } from '../api/client';
import { isTyping } from '../list/useListKeys';

type Saved = ResponseOf<'library.save'>['results'][number];

const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/**
 * "Save a link…" (Ctrl/Cmd+L, or a web address pasted anywhere but a text field): the page is fetched once by the
 * library, never by the reader, and kept offline as an article; one that cannot be fetched waits for its page.
 */
export function SaveLink({ onSaved }: { onSaved(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Saved | { status: 'failed'; error: string } | null>(null);

  const open = (prefill = '') => {
    setAddress(prefill);
    setOutcome(null);
    if (!dialog.current?.open) dialog.current?.showModal();
  };

  useWindowKeys((e) => {
    if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'l') return;
    e.preventDefault();
    open();
  });
  const onPaste = useEffectEvent((e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text/plain').trim() ?? '';
    if (isTyping(e.target) || !WEB_ADDRESS.test(text)) return;
    e.preventDefault();
    open(text);
  });
  useEffect(() => {
    const listener = (e: ClipboardEvent) => onPaste(e);
    window.addEventListener('paste', listener);
    return () => window.removeEventListener('paste', listener);
  }, []);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const [result] = (await api.invoke('library.save', { urls: [address.trim()] })).results;
      setOutcome(result!);
      if (result!.status !== 'error') onSaved();
    } catch (err) {
      setOutcome({ status: 'failed', error: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <IconButton icon={Link} label="Save a link…" shortcut="Ctrl/Cmd+L" aria-haspopup="dialog" onClick={() => open()} />
      <dialog ref={dialog} className="confirm-dialog save-link" aria-labelledby="save-link-title" onKeyDown={(e) => e.stopPropagation()}>
        <form onSubmit={(e) => void save(e)}>
          <h2 id="save-link-title">Save a link</h2>
          <label>
            Web page address
            <input type="url" required value={address} onChange={(e) => setAddress(e.target.value)} placeholder="https://…" autoFocus />
          </label>
          <p className="save-link-outcome" role="status">
            {busy ? 'Fetching the page…' : outcome && describe(outcome)}
          </p>
          <div className="confirm-buttons">
            <button type="button" onClick={() => dialog.current?.close()}>
              Close
            </button>
            <button type="submit" className="confirm-do" disabled={busy}>
              Save
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}

function describe(outcome: Saved | { status: 'failed'; error: string }): string {
  switch (outcome.status) {
    case 'added':
      return `Saved “${outcome.title}”: it is in the list, kept offline.`;
    case 'duplicate':
      return `“${outcome.title}” is in the library already.`;
    case 'waiting':
      return `The page could not be fetched (${outcome.error}). It is kept in the list, waiting for its page, and is tried again later.`;
    default:
      return `Not saved: ${outcome.error}.`;
  }
}
