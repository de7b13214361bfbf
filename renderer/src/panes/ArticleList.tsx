import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';
import { byline, formatDate } from '../format';
import type { useArticleRows } from '../hooks/useArticleRows';
import { Marked } from './Marked';

const ROW_HEIGHT = 76;

interface Props {
  rows: ReturnType<typeof useArticleRows>;
  query: string;
  onQuery(query: string): void;
  selectedIndex: number;
  onSelect(index: number): void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** The middle pane: the search box, the count, and a virtualized list that renders only the rows in view. */
export function ArticleList({ rows, query, onQuery, selectedIndex, onSelect, searchRef }: Props) {
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
          placeholder="Search  ( / )"
          aria-label="Search articles"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && (onQuery(''), e.currentTarget.blur())}
        />
        <div className="list-count" aria-live="polite">
          {rows.total === null ? 'Loading…' : `${count.toLocaleString()} ${count === 1 ? 'article' : 'articles'}`}
        </div>
      </div>
      {rows.error && <p className="error" role="alert">{rows.error}</p>}
      {rows.total === 0 && (
        <p className="empty">{query ? `No article matches “${query}”.` : 'No articles yet. Import files or a folder to begin.'}</p>
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
                className={`row${item.index === selectedIndex ? ' selected' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => onSelect(item.index)}
              >
                {row ? (
                  <>
                    <div className="row-title">{row.title}</div>
                    <div className="row-meta">{byline([row.source, formatDate(row.published)])}</div>
                    <div className="row-text"><Marked text={row.text} marks={row.marks} /></div>
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
