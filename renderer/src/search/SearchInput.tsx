import type { Ref } from 'react';

interface Props {
  value: string;
  /**
   * Each text as it is typed: the owner asks for the newest one whenever its last request has answered (see
   * `useLatestRequest`), so that results follow the typing without a request for every key.
   */
  onChange(value: string): void;
  /** The box's accessible name. */
  label: string;
  placeholder: string;
  className?: string;
  ref?: Ref<HTMLInputElement>;
  /** Escape also leaves the box: for boxes a key (`/`) enters, so that the list's keys work again. */
  leaveOnEscape?: boolean;
}

/** A search box: what is typed is searched for at once, and Escape empties it. */
export function SearchInput({ value, onChange, label, placeholder, className = 'search', ref, leaveOnEscape = false }: Props) {
  return (
    <input
      ref={ref}
      className={className}
      type="search"
      placeholder={placeholder}
      aria-label={label}
      spellCheck={false}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        if (value !== '') onChange('');
        if (leaveOnEscape) e.currentTarget.blur();
      }}
    />
  );
}
