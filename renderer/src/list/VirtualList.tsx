import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useFixedRows } from './useFixedRows';
import './list.css';

interface Props<T> {
  /** The pane's accessible name ("Articles"). */
  label: string;
  /** The listbox's accessible name ("Article list"). */
  listLabel: string;
  /** Added to the pane's class. */
  className?: string;
  /** Above the count: a heading, the search box, filters. */
  header?: ReactNode;
  /** The count line, read out as it changes. */
  status: ReactNode;
  /** What the search did not understand and how it read it instead. */
  hints: readonly string[];
  error: string | null;
  /** Said in place of the list when it is empty. */
  empty: ReactNode;
  /** Null until the first page has come. */
  total: number | null;
  /** Which list is shown (a query's answer): when another replaces it, the view goes to the selected row. */
  list: unknown;
  /** The list shown is kept while the next one is asked for. */
  busy: boolean;
  itemAt(index: number): T | undefined;
  /** Asked for the items in view, so the list fetches the pages they are on. */
  ensure(from: number, to: number): void;
  selectedIndex: number;
  /** Row `i` has the id `${idPrefix}-${i}`, which the listbox names as its active descendant. */
  idPrefix: string;
  rowHeight: number;
  /**
   * The rows differ in height: each is measured (by the virtualizer), `rowHeight` is only the estimate until it is.
   * Rows of one height are laid out by useFixedRows, which reaches any row of a list of a million.
   */
  measured?: boolean;
  /** Rows rendered beyond those in view on each side, so that scrolling shows no gap. */
  overscan: number;
  rowClass?(item: T | undefined): string;
  /** Rows that can be ticked (for export, say) apart from being the current one say whether they are. */
  rowChecked?(item: T | undefined): boolean | undefined;
  onRowClick(index: number, e: MouseEvent): void;
  renderRow(item: T, index: number): ReactNode;
}

/**
 * A list pane: its header, count and hints, and a listbox that renders only the rows in view, so a list of any
 * length costs the same. The keys that move through it are the owner's (they work wherever focus is); the
 * listbox names the selected row as its active descendant, which is how a screen reader follows them.
 */
export function VirtualList<T>(props: Props<T>) {
  const { total, selectedIndex, idPrefix, rowHeight, measured = false, ensure } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: props.overscan,
    enabled: measured,
  });
  const fixed = useFixedRows({ count, rowHeight, overscan: props.overscan, scrollRef, enabled: !measured });
  const items = measured ? virtualizer.getVirtualItems() : fixed.rows;
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  // The selected row is brought into view when it or the list changes, not when the window is resized.
  const scrollToIndex = useRef(fixed.scrollToIndex);
  scrollToIndex.current = measured ? (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }) : fixed.scrollToIndex;

  useEffect(() => ensure(first, last), [ensure, first, last]);
  useEffect(() => {
    if (count > 0) scrollToIndex.current(selectedIndex);
  }, [selectedIndex, count, props.list]);

  return (
    <section className={`list-pane${props.className ? ` ${props.className}` : ''}`} aria-label={props.label} aria-busy={props.busy}>
      <div className="list-header">
        {props.header}
        <div className="list-count" aria-live="polite">
          {props.status}
        </div>
        {props.hints.map((hint) => (
          <p key={hint} className="query-hint">
            {hint}
          </p>
        ))}
      </div>
      {props.error && (
        <p className="error" role="alert">
          {props.error}
        </p>
      )}
      {total === 0 && <div className="empty">{props.empty}</div>}
      <div
        ref={scrollRef}
        className="list-scroll"
        role="listbox"
        aria-label={props.listLabel}
        aria-activedescendant={`${idPrefix}-${selectedIndex}`}
        tabIndex={0}
      >
        <div style={{ height: measured ? virtualizer.getTotalSize() : fixed.height, position: 'relative' }}>
          {items.map((item) => {
            const row = props.itemAt(item.index);
            const selected = item.index === selectedIndex;
            return (
              <div
                key={item.index}
                ref={measured ? virtualizer.measureElement : undefined}
                data-index={item.index}
                id={`${idPrefix}-${item.index}`}
                role="option"
                aria-selected={selected}
                aria-checked={props.rowChecked?.(row)}
                className={['row', props.rowClass?.(row), selected && 'selected'].filter(Boolean).join(' ')}
                style={{ transform: `translateY(${item.start}px)`, height: measured ? undefined : rowHeight }}
                onClick={(e) => props.onRowClick(item.index, e)}
              >
                {row ? props.renderRow(row, item.index) : <div className="row-skeleton" aria-hidden="true" />}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
