import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useColorMeanings } from '../annotate/useColorMeanings';
import { ExportDialog } from '../export/ExportDialog';
import { VirtualList } from '../list/VirtualList';
import { HighlightFilters } from './HighlightFilters';
import { HighlightItem } from './HighlightItem';
import { useExportSelectedKey } from './useExportSelectedKey';
import { useHighlightKeys } from './useHighlightKeys';
import { type HighlightFilter, useHighlightRows } from './useHighlightRows';
import { useHighlightSelection } from './useHighlightSelection';
import type { ShownHighlight } from '../app/useStandInView';
import { useTags } from './useTags';
// The colour classes (hl-yellow…) and dots are the article view's, so a colour looks the same in both.
import '../annotate/annotate.css';
import './highlights.css';
import { StandInHeading } from '../app/StandInHeading';

const ESTIMATED_HEIGHT = 112;
const ignore = () => {};
const NO_CHOICE: Omit<HighlightFilter, 'query'> = { colors: [], tags: [], text: '', sort: 'created-desc' };

interface Props {
  /** The reader's search: only highlights in the articles it finds are listed. */
  query: string;
  onQuery(query: string): void;
  /** Moves after an import or a tag change, so the entries and tags are fetched again. */
  revision: number;
  onShow(highlight: ShownHighlight): void;
  onClose(): void;
}

/** "All highlights": in place of the article list, the highlights across the library, filtered and virtualized. */
export function HighlightsView({ query, onQuery, revision, onShow, onClose }: Props) {
  const [choice, setChoice] = useState(NO_CHOICE);
  const filter = useMemo(() => ({ ...choice, query }), [choice, query]);
  const filterKey = JSON.stringify(filter);
  const rows = useHighlightRows(filter, revision);
  const selection = useHighlightSelection(rows.entryAt, filterKey);
  const [exporting, setExporting] = useState(false);
  // Without meanings the colours are still named; a failure to fetch them is not worth interrupting the list.
  const { meanings } = useColorMeanings(ignore);
  const { tags } = useTags(revision);
  const [index, setIndex] = useState(0);
  const textRef = useRef<HTMLInputElement>(null);
  const total = rows.total ?? 0;

  useEffect(() => setIndex(0), [filterKey, revision]);
  // A tag renamed, merged or deleted in the tag manager stops filtering under its old name.
  useEffect(() => {
    if (!tags) return;
    setChoice((c) => {
      const kept = c.tags.filter((name) => tags.some((t) => t.name === name));
      return kept.length === c.tags.length ? c : { ...c, tags: kept };
    });
  }, [tags]);

  const { entryAt } = rows;
  const show = useCallback(
    (i: number) => {
      setIndex(i);
      const entry = entryAt(i);
      if (entry) onShow({ articleId: entry.articleId, highlightId: entry.id });
    },
    [entryAt, onShow],
  );
  const { toggle } = selection;
  const tick = useCallback((i: number) => toggle(i, false), [toggle]);
  useHighlightKeys({ total, index, show, tick, textRef, onClose });
  const exportSelected = useCallback(() => setExporting(true), []);
  useExportSelectedKey(selection.selectedIds.length, exportSelected);

  const filtered = query !== '' || choice.colors.length > 0 || choice.tags.length > 0 || choice.text.trim() !== '';
  return (
    <VirtualList
      label="Highlights"
      listLabel="Highlight list"
      className="highlights-pane"
      list={rows.listed}
      busy={rows.busy}
      header={
        <>
          <StandInHeading title="All highlights" onClose={onClose} />
          <HighlightFilters
            filter={filter}
            onFilter={(change) => setChoice((c) => ({ ...c, ...change }))}
            onQuery={onQuery}
            meanings={meanings}
            tags={tags}
            textRef={textRef}
          />
        </>
      }
      status={
        <>
          {rows.total === null ? 'Loading…' : `${total.toLocaleString()} ${total === 1 ? 'highlight' : 'highlights'}`}
          {selection.selectedIds.length > 0 && (
            <>
              {` · ${selection.selectedIds.length.toLocaleString()} selected `}
              <button type="button" className="link-button" onClick={selection.clear}>
                Clear selection
              </button>
              {' · '}
              <button type="button" className="link-button" onClick={() => setExporting(true)} aria-haspopup="dialog">
                Export selected…
              </button>
              {exporting && <ExportDialog articleId={null} query={query} selectedHighlightIds={selection.selectedIds} onClose={() => setExporting(false)} />}
            </>
          )}
        </>
      }
      hints={rows.hints}
      error={rows.error}
      empty={
        filtered ? (
          <>
            <p>No highlight matches these filters.</p>
            <button type="button" className="link-button clear-query" onClick={() => (setChoice(NO_CHOICE), onQuery(''))}>
              Clear the filters
            </button>
          </>
        ) : (
          <p>No highlights yet. Select words in an article and press h to highlight them.</p>
        )
      }
      total={rows.total}
      itemAt={rows.entryAt}
      ensure={rows.ensure}
      selectedIndex={index}
      idPrefix="highlight"
      rowHeight={ESTIMATED_HEIGHT}
      measured
      overscan={6}
      rowClass={() => 'hlv-row'}
      rowChecked={(entry) => (entry ? selection.isSelected(entry.id) : undefined)}
      onRowClick={(i, e) => {
        if (e.shiftKey || e.metaKey || e.ctrlKey) selection.toggle(i, e.shiftKey);
        else show(i);
      }}
      renderRow={(entry, i) => (
        <HighlightItem entry={entry} meanings={meanings} checked={selection.isSelected(entry.id)} onTick={(extend) => selection.toggle(i, extend)} />
      )}
    />
  );
}
