import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';
import { byline, formatDate } from '../article/format';
import type { ArticleRows } from './useArticleRows';
import { Marked } from './Marked';
import './list.css';

const ROW_HEIGHT = 76;
const SORT_LABELS = { published: 'date', imported: 'import', title: 'title', relevance: 'relevance' } as const;

interface Props {
  rows: ArticleRows;
  query: string;
  onQuery(query: string): void;
  selectedIndex: number;
  /** A click on a row: select it and open its article. */
  onOpen(index: number): void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** The middle pane: the query box, the count and order, and a virtualized list that renders only the rows in view. */
export function ArticleList({ rows, query, onQuery, selectedIndex, onOpen, searchRef }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rows.total ?? 0;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => rows.ensure(first, last), [rows, first, last]);
  useEffect(() => {
    if (count > 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [virtualizer, selectedIndex, count]);

  return (
    <section className="list-pane" aria-label="Articles">
      <div className="list-header">
        <input
          ref={searchRef}
          className="search"
          type="search"
          placeholder="Search  ( / )   source: after: is:unread …"
          aria-label="Search articles"
          spellCheck={false}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onQuery(''), e.currentTarget.blur())}
        />
        <div className="list-count" aria-live="polite">
          {rows.total === null ? 'Loading…' : `${count.toLocaleString()} ${count === 1 ? 'article' : 'articles'}`}
          {rows.sort && count > 1 && ` · by ${SORT_LABELS[rows.sort.key]}${rows.sort.direction === 'asc' && rows.sort.key !== 'title' ? ', oldest first' : ''}`}
        </div>
        {rows.hints.map((hint) => (
          <p key={hint} className="query-hint">{hint}</p>
        ))}
      </div>
      {rows.error && <p className="error" role="alert">{rows.error}</p>}
      {rows.total === 0 && (
        <div className="empty">
          {query ? (
            <>
              <p>No article matches “{query}”.</p>
              <button type="button" className="link-button clear-query" onClick={() => onQuery('')}>Clear the search</button>
            </>
          ) : (
            <p>No articles yet. Import files or a folder to begin.</p>
          )}
        </div>
      )}
      <div ref={scrollRef} className="list-scroll" role="listbox" aria-label="Article list" aria-activedescendant={`row-${selectedIndex}`} tabIndex={0}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows.rowAt(item.index);
            return (
              <div
                key={item.key}
                id={`row-${item.index}`}
                role="option"
                aria-selected={item.index === selectedIndex}
                className={`row${item.index === selectedIndex ? ' selected' : ''}${row?.read ? ' read' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => onOpen(item.index)}
              >
                {row ? (
                  <>
                    <div className="row-title">
                      {!row.read && <span className="unread-dot" title="Unread" aria-label="Unread" />}
                      <Marked text={row.title} marks={row.titleMarks} />
                      {row.starred && <span className="star" title="Starred" aria-label="Starred">★</span>}
                    </div>
                    <div className="row-meta">
                      {byline([row.source, formatDate(row.published)])}
                      {row.highlights > 0 && <Badge glyph="▍" count={row.highlights} noun="highlight" />}
                      {row.notes > 0 && <Badge glyph="✎" count={row.notes} noun="note" />}
                    </div>
                    <div className="row-text"><Marked text={row.snippet} marks={row.marks} /></div>
                  </>
                ) : (
                  <div className="row-skeleton" aria-hidden="true" />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

/** A count shown as a glyph and a number, and named in words for screen readers and on hover. */
function Badge({ glyph, count, noun }: { glyph: string; count: number; noun: string }) {
  const label = `${count} ${noun}${count === 1 ? '' : 's'}`;
  return (
    <span className="row-badge" role="img" aria-label={label} title={label}>
      {glyph} {count}
    </span>
  );
}
