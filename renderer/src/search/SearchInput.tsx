import { useEffect, useEffectEvent, useState, type Ref } from 'react';

/**
 * Each search runs over the whole library, so a box searches when typing pauses rather than on every key: long
 * enough to take a burst of keys as one search (a practised typist's keys come 100 ms or less apart, a held
 * Backspace's faster), short enough that the results still seem to follow the typing.
 */
const TYPING_PAUSE_MS = 180;

interface Props {
  value: string;
  /** The text once typing pauses, or at once on Enter and Escape. */
  onChange(value: string): void;
  /** The box's accessible name. */
  label: string;
  placeholder: string;
  className?: string;
  ref?: Ref<HTMLInputElement>;
  /** Escape also leaves the box: for boxes a key (`/`) enters, so that the list's keys work again. */
  leaveOnEscape?: boolean;
}

/** A search box: Escape empties it, and what is typed is searched for once typing pauses. */
export function SearchInput({ value, onChange, label, placeholder, className = 'search', ref, leaveOnEscape = false }: Props) {
  const [draft, setDraft] = useState(value);
  // The value last sent or received: a different one came from outside (a filter clicked) and replaces what is typed.
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }
  const send = useEffectEvent((text: string) => onChange(text));
  useEffect(() => {
    if (draft === synced) return;
    const timer = setTimeout(() => {
      setSynced(draft);
      send(draft);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, synced]);

  const sendNow = (text: string) => {
    setDraft(text);
    setSynced(text);
    if (text !== synced) onChange(text);
  };
  return (
    <input
      ref={ref}
      className={className}
      type="search"
      placeholder={placeholder}
      aria-label={label}
      spellCheck={false}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') sendNow(e.currentTarget.value);
        else if (e.key === 'Escape') {
          e.preventDefault();
          sendNow('');
          if (leaveOnEscape) e.currentTarget.blur();
        }
      }}
    />
  );
}
