import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { findMatches, foldText } from './findMatches';
import { firstFrom, scrollToRange } from './scrollToRange';
import { useFindKeys } from './useFindKeys';
import { useFindMarks } from './useFindMarks';
import './find.css';

/** The words last looked for, offered again when find is next opened (over this article or another). */
let lastQuery = '';

interface Props {
  /** The article's text as rendered, where matches are painted. */
  bodyRef: RefObject<HTMLElement | null>;
  /** The article's body, which matches are found in (offsets as highlights use them). */
  body: string;
  /** Whether the article is on screen (in the narrow layout the list may have the window). */
  enabled: boolean;
}

/**
 * Find in the article: a bar over it with the matches counted ("3 of 12") and painted, Enter/Shift+Enter (or F3,
 * or the buttons) to step through them, Escape to close and go back where the focus was. Case and accents are
 * ignored. Opening another article closes it, as a browser's find closes when the page changes; the words are kept.
 */
export function FindBar({ bodyRef, body, enabled }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState(lastQuery);
  const [current, setCurrent] = useState(0);
  const [focusAsked, setFocusAsked] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(null);
  // Folded once per article and opening, and only while find is open: typing only searches.
  const folded = useMemo(() => (open ? foldText(body) : null), [open, body]);
  const matches = useMemo(() => (folded ? findMatches(folded, query) : []), [folded, query]);
  const marks = useFindMarks(bodyRef, matches, current);
  const { ranges } = marks;
  // New words (or a new article) start at the first match from the top of the view on, once their ranges are made.
  const started = useRef<readonly unknown[] | null>(null);

  const coveredTop = () => (barRef.current?.getBoundingClientRect().height ?? 0) + 8;
  useEffect(() => {
    if (marks.matches !== matches || started.current === matches) return;
    started.current = matches;
    const pane = bodyRef.current?.closest('main')?.getBoundingClientRect().top ?? 0;
    const first = firstFrom(ranges, pane + coveredTop());
    setCurrent(first);
    const range = ranges[first];
    if (range) scrollToRange(range, coveredTop());
  }, [marks, ranges, matches, bodyRef]);

  const openBar = useCallback(() => {
    const active = document.activeElement;
    if (!barRef.current?.contains(active)) returnTo.current = active;
    setOpen(true);
    setFocusAsked((n) => n + 1);
  }, []);
  const step = useCallback(
    (direction: 1 | -1): boolean => {
      // F3 with the bar closed opens it, as a browser's find would, rather than the page's own.
      if (!open) openBar();
      if (!open || matches.length === 0) return true;
      const next = (current + direction + matches.length) % matches.length;
      setCurrent(next);
      const range = ranges[next];
      if (range) scrollToRange(range, coveredTop());
      return true;
    },
    [open, openBar, matches.length, current, ranges],
  );
  const close = () => {
    setOpen(false);
    const back = returnTo.current;
    const target = back instanceof HTMLElement && back.isConnected && back !== document.body ? back : bodyRef.current?.closest<HTMLElement>('main');
    target?.focus({ preventScroll: true });
  };
  useFindKeys({ enabled, open: openBar, step });
  useEffect(() => {
    if (focusAsked === 0) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusAsked]);

  if (!open || !enabled) return null;
  const count = query.trim() === '' ? '' : matches.length === 0 ? 'No matches' : `${current + 1} of ${matches.length}`;
  return (
    <div className="find-anchor">
      <div
        className="find-bar"
        role="search"
        aria-label="Find in the article"
        ref={barRef}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          close();
        }}
      >
        <input
          ref={inputRef}
          type="text"
          aria-label="Find in the article"
          placeholder="Find in the article"
          value={query}
          onChange={(e) => setQuery((lastQuery = e.currentTarget.value))}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          }}
        />
        <span className="find-count" role="status">
          {count}
        </span>
        <button type="button" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={matches.length === 0} onClick={() => step(-1)}>
          ↑
        </button>
        <button type="button" aria-label="Next match" title="Next match (Enter)" disabled={matches.length === 0} onClick={() => step(1)}>
          ↓
        </button>
        <button type="button" aria-label="Close find" title="Close (Esc)" onClick={close}>
          ×
        </button>
      </div>
    </div>
  );
}
