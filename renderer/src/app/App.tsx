import { useCallback, useEffect, useRef, useState } from 'react';
import { addOperator } from '../../../electron/common/query/queryEdit';
import { ExportControls } from '../export/ExportControls';
import { KeyboardHelp } from '../help/KeyboardHelp';
import { ImportControls } from '../import/ImportControls';
import { ImportStatus } from '../import/ImportStatus';
import { HighlightsView } from '../highlights/HighlightsView';
import { TagManager } from '../highlights/TagManager';
import { useHighlightsView } from '../highlights/useHighlightsView';
import { useImport } from '../import/useImport';
import { ReextractStatus } from '../entities/ReextractStatus';
import { useReextraction } from '../entities/useReextraction';
import { useArticleRows } from '../list/useArticleRows';
import { useCurrentQuery } from '../search/useCurrentQuery';
import { useListKeys } from '../list/useListKeys';
import { usePaneWidths } from './usePaneWidths';
import { useResumeArticle } from './useResumeArticle';
import { ArticleList } from '../list/ArticleList';
import { ArticleView } from '../article/ArticleView';
import { FilterPane } from '../filters/FilterPane';
import { Resizer } from './Resizer';

/** The three-pane reader: filters · list · article. */
export function App() {
  const [query, setQuery] = useCurrentQuery();
  const [selectedIndex, setSelectedIndex] = useState(0);
  const [widths, resize] = usePaneWidths();
  const searchRef = useRef<HTMLInputElement>(null);
  // Bumped after an import or a tag change, so the lists and the counts are fetched again.
  const [revision, setRevision] = useState(0);
  const bump = useCallback(() => setRevision((r) => r + 1), []);
  const imports = useImport(bump);
  const highlights = useHighlightsView();
  const [managingTags, setManagingTags] = useState(false);
  const reextraction = useReextraction();
  const rows = useArticleRows(query, revision + reextraction.finished);
  const total = rows.total ?? 0;

  useEffect(() => setSelectedIndex(0), [query, revision]);
  useResumeArticle(rows, setSelectedIndex);

  // Opening an article marks it read; `u` undoes that.
  const { rowAt, setRead } = rows;
  const open = useCallback(
    (index: number) => {
      setSelectedIndex(index);
      const row = rowAt(index);
      if (row && !row.read) void setRead(row, true);
    },
    [rowAt, setRead],
  );
  useListKeys({ rows, selectedIndex, open, searchRef, enabled: !highlights.open });

  const selectedId = total > 0 ? (rows.rowAt(selectedIndex)?.id ?? null) : null;
  // While "All highlights" stands in for the list, the article pane shows the highlight chosen there.
  const shown = highlights.open ? highlights.shown : null;
  return (
    <div className="app" style={{ gridTemplateColumns: `${widths.filters}px auto ${widths.list}px auto minmax(0, 1fr)` }}>
      <div className="column">
        <FilterPane
          key={revision + reextraction.finished}
          query={query}
          onQuery={setQuery}
          changes={rows.changes}
          annotated={rows.lastAnnotation}
          highlightsOpen={highlights.open}
          onToggleHighlights={highlights.toggle}
          onManageTags={() => setManagingTags(true)}
        />
        <ImportControls importPaths={imports.importPaths} importFiles={imports.importFiles} disabled={imports.state.running} />
        <ExportControls articleId={highlights.open ? (shown?.articleId ?? null) : selectedId} query={query} />
        <button
          type="button"
          className="link-button reextract-button"
          onClick={() => reextraction.start(true)}
          disabled={reextraction.state?.finished === false}
        >
          Re-extract entities
        </button>
      </div>
      <Resizer label="Resize filters" onResize={(d) => resize('filters', d)} />
      <div className="column">
        {highlights.open ? (
          <HighlightsView query={query} onQuery={setQuery} revision={revision} onShow={highlights.show} onClose={highlights.close} />
        ) : (
          <ArticleList rows={rows} query={query} onQuery={setQuery} selectedIndex={selectedIndex} onOpen={open} searchRef={searchRef} />
        )}
        <ImportStatus state={imports.state} onDismiss={imports.dismiss} />
        <ReextractStatus state={reextraction.state} error={reextraction.error} onDismiss={reextraction.dismiss} />
      </div>
      <Resizer label="Resize article list" onResize={(d) => resize('list', d)} />
      <ArticleView
        id={highlights.open ? (shown?.articleId ?? null) : selectedId}
        focusHighlightId={shown?.highlightId ?? null}
        flags={highlights.open ? null : rows.rowAt(selectedIndex)}
        onChanged={(c) => {
          const row = rows.rowAt(selectedIndex);
          if (row) void ('read' in c ? rows.setRead(row, c.read) : rows.setStarred(row, c.starred));
        }}
        entitiesRevision={reextraction.finished}
        onAnnotated={rows.annotated}
        onFilter={(op) => setQuery(addOperator(query, op))}
      />
      {managingTags && <TagManager onClose={() => setManagingTags(false)} onChanged={bump} />}
      <KeyboardHelp />
    </div>
  );
}
