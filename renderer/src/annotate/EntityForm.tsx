import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';
import { KIND_LABEL } from '../entities/EntityLegend';
import { Popover, type Anchor } from './Popover';
import type { Span } from './segments';

type Kind = ResponseOf<'entities.get'>['entity']['kind'];

interface Props {
  articleId: number;
  span: Span;
  text: string;
  anchor: Anchor;
  onMarked(): void;
  onError(message: string): void;
  onClose(): void;
}

/** Marks a span the extractor missed as a person, place or organisation; the correction survives re-import. */
export function EntityForm({ articleId, span, text, anchor, onMarked, onError, onClose }: Props) {
  const [name, setName] = useState(text.replace(/\s+/g, ' ').trim());
  const [kind, setKind] = useState<Kind>('person');
  const [busy, setBusy] = useState(false);
  // The kind is guessed from the words selected ("Minsk", "… University"), until the user picks one.
  const picked = useRef(false);
  useEffect(() => {
    const guessed = text.replace(/\s+/g, ' ').trim();
    if (!guessed) return;
    let current = true;
    api.invoke('entities.guessKind', { name: guessed.slice(0, 200) }).then(
      (r) => current && !picked.current && setKind(r.kind),
      () => {},
    );
    return () => void (current = false);
  }, [text]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    api.invoke('entities.correct', { action: 'addSpan', articleId, start: span.start, end: span.end, target: { kind, name } }).then(
      () => {
        onMarked();
        onClose();
      },
      (err: Error) => {
        setBusy(false);
        onError(err.message);
      },
    );
  };
  return (
    <Popover label="Mark as entity" anchor={anchor} onClose={onClose}>
      <form className="entity-form" onSubmit={submit}>
        <blockquote className="annotate-quote">{text}</blockquote>
        <label className="annotate-field">
          Name
          <input value={name} required maxLength={200} autoFocus onChange={(e) => setName(e.currentTarget.value)} />
        </label>
        <label className="annotate-field">
          Kind
          <select
            value={kind}
            onChange={(e) => {
              picked.current = true;
              setKind(e.currentTarget.value as Kind);
            }}
          >
            {(Object.keys(KIND_LABEL) as Kind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <div className="annotate-actions">
          <button type="submit" disabled={busy || !name.trim()}>
            Mark
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Popover>
  );
}
