import { byline, formatDate } from '../article/format';
import type { ArticleRows, Row } from './useArticleRows';
import { Marked } from './Marked';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 96;
const SORT_LABELS = { published: 'date', imported: 'import', title: 'title', relevance: 'relevance', progress: 'progress' } as const;

interface Props {
  rows: ArticleRows;
  query: string;
  onQuery(query: string): void;
  selectedIndex: number;
  /** A click on a row: select it and open its article. */
  onOpen(index: number): void;
}

/** The middle pane: the count and order of the articles the top bar's search found, and the articles. */
export function ArticleList({ rows, query, onQuery, selectedIndex, onOpen }: Props) {
  const count = rows.total ?? 0;
  return (
    <VirtualList
      label="Articles"
      listLabel="Article list"
      status={
        <>
          {rows.total === null ? 'Loading…' : `${count.toLocaleString()} ${count === 1 ? 'article' : 'articles'}`}
          {rows.sort && count > 1 && ` · by ${SORT_LABELS[rows.sort.key]}${rows.sort.direction === 'asc' && rows.sort.key !== 'title' ? ', oldest first' : ''}`}
        </>
      }
      hints={rows.hints}
      error={rows.error}
      empty={
        query ? (
          <>
            <p>No article matches “{query}”.</p>
            <button type="button" className="link-button clear-query" onClick={() => onQuery('')}>
              Clear the search
            </button>
          </>
        ) : (
          <p>No articles yet. Import files or a folder to begin.</p>
        )
      }
      total={rows.total}
      itemAt={rows.rowAt}
      ensure={rows.ensure}
      selectedIndex={selectedIndex}
      idPrefix="row"
      rowHeight={ROW_HEIGHT}
      overscan={10}
      rowClass={(row) => (row?.read ? 'read' : '')}
      onRowClick={onOpen}
      renderRow={(row) => <ArticleRow row={row} />}
    />
  );
}

function ArticleRow({ row }: { row: Row }) {
  return (
    <>
      <div className="row-title">
        {!row.read && <span className="unread-dot" role="img" title="Unread" aria-label="Unread" />}
        <Marked text={row.title} marks={row.titleMarks} />
        {row.starred && (
          <span className="star" role="img" title="Starred" aria-label="Starred">
            ★
          </span>
        )}
      </div>
      <div className="row-meta">
        {byline([row.source, formatDate(row.published)])}
        {row.highlights > 0 && <Badge glyph="▍" count={row.highlights} noun="highlight" />}
        {row.notes > 0 && <Badge glyph="✎" count={row.notes} noun="note" />}
      </div>
      <div className="row-text">
        <Marked text={row.snippet} marks={row.marks} />
      </div>
    </>
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
