import { parseQuery } from '../../../electron/common/query/queryParser';
import { byline, formatDate } from '../article/format';
import type { ArticleRows, Row, RowChange } from './useArticleRows';
import { DeleteConfirm } from './DeleteConfirm';
import { Marked } from './Marked';
import { ReadingProgress } from './ReadingProgress';
import { SelectionBar } from './SelectionBar';
import { TrashControls } from './TrashControls';
import { useMultiSelect } from './useMultiSelect';
import { useShelfKeys } from './useShelfKeys';
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

/** The middle pane: the count and order of the articles the top bar's search found, and the articles; several picked, the changes to them all. */
export function ArticleList({ rows, query, onQuery, selectedIndex, onOpen }: Props) {
  const count = rows.total ?? 0;
  // The rows shown may be an earlier text's while the newest is asked for: what they are said to match is theirs.
  const listedQuery = rows.listed?.query ?? query;
  const { picked, click, clear } = useMultiSelect(rows, selectedIndex, query);
  const inTrash = parseQuery(query).filters.some((f) => f.field === 'is' && f.value === 'trashed' && !f.negated);
  const change = (targets: readonly Row[], c: RowChange) => {
    rows.request(targets, c);
    // Rows put away leave the list, and the pick with them.
    if ('archived' in c || 'trashed' in c) clear();
  };
  useShelfKeys(rows, picked, selectedIndex, change);
  return (
    <>
      <VirtualList
        label="Articles"
        listLabel="Article list"
        header={
          <>
            {inTrash && <TrashControls onEmpty={rows.emptyTrash} onError={rows.reportError} />}
            {picked.size > 1 && <SelectionBar picked={[...picked.values()]} onChange={change} onClear={clear} />}
          </>
        }
        status={
          <>
            {rows.total === null ? 'Loading…' : `${count.toLocaleString()} ${count === 1 ? 'article' : 'articles'}`}
            {rows.sort &&
              count > 1 &&
              ` · by ${SORT_LABELS[rows.sort.key]}${rows.sort.direction === 'asc' && rows.sort.key !== 'title' ? ', oldest first' : ''}`}
          </>
        }
        hints={rows.hints}
        error={rows.error}
        empty={
          listedQuery ? (
            <>
              <p>No article matches “{listedQuery}”.</p>
              <button type="button" className="link-button clear-query" onClick={() => onQuery('')}>
                Clear the search
              </button>
            </>
          ) : (
            <p>No articles yet. Import files or a folder to begin.</p>
          )
        }
        total={rows.total}
        list={rows.listed}
        busy={rows.busy}
        itemAt={rows.rowAt}
        ensure={rows.ensure}
        selectedIndex={selectedIndex}
        idPrefix="row"
        rowHeight={ROW_HEIGHT}
        overscan={10}
        rowClass={(row) => [row?.read && 'read', row && picked.has(row.id) && 'picked'].filter(Boolean).join(' ')}
        rowChecked={(row) => (picked.size > 0 && row ? picked.has(row.id) : undefined)}
        onRowClick={(index, e) => click(index, e) || onOpen(index)}
        renderRow={(row) => <ArticleRow row={row} picked={picked.has(row.id)} />}
      />
      {rows.pendingDelete && <DeleteConfirm rows={rows.pendingDelete} onSettle={rows.settleDelete} />}
    </>
  );
}

function ArticleRow({ row, picked }: { row: Row; picked: boolean }) {
  return (
    <>
      <div className="row-title">
        {picked && (
          <span className="row-check" aria-hidden="true">
            ✓
          </span>
        )}
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
        {row.version > 1 && (
          <span className="row-updated" title="Its text has changed since it was first imported">
            Updated
          </span>
        )}
        <ReadingProgress progress={row.progress} />
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
