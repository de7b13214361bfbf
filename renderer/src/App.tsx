import { useCallback, useEffect, useRef, useState } from 'react';
import { addOperator } from '../../electron/library/search/queryEdit';
import { ImportControls } from './import/ImportControls';
import { ImportStatus } from './import/ImportStatus';
import { useImport } from './import/useImport';
import { ReextractStatus } from './jobs/ReextractStatus';
import { useReextraction } from './jobs/useReextraction';
import { useArticleRows } from './hooks/useArticleRows';
import { useCurrentQuery } from './hooks/useCurrentQuery';
import { useListKeys } from './hooks/useListKeys';
import { usePaneWidths } from './hooks/usePaneWidths';
import { ArticleList } from './panes/ArticleList';
import { ArticleView } from './panes/ArticleView';
import { FilterPane } from './panes/FilterPane';
import { Resizer } from './panes/Resizer';

/** The three-pane reader: filters · list · article. */
export function App() {
  const [query, setQuery] = useCurrentQuery();
  const [selectedIndex, setSelectedIndex] = useState(0);
  const [widths, resize] = usePaneWidths();
  const searchRef = useRef<HTMLInputElement>(null);
  // Bumped after an import, so the list and the counts are fetched again.
  const [revision, setRevision] = useState(0);
  const imports = useImport(useCallback(() => setRevision((r) => r + 1), []));
  const reextraction = useReextraction();
  const rows = useArticleRows(query, revision + reextraction.finished);
  const total = rows.total ?? 0;

  useEffect(() => setSelectedIndex(0), [query, revision]);

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
  useListKeys({ rows, selectedIndex, open, searchRef });

  const selectedId = total > 0 ? (rows.rowAt(selectedIndex)?.id ?? null) : null;
  return (
    <div className="app" style={{ gridTemplateColumns: `${widths.filters}px auto ${widths.list}px auto minmax(0, 1fr)` }}>
      <div className="column">
        <FilterPane key={revision + reextraction.finished} query={query} onQuery={setQuery} changes={rows.changes} />
        <ImportControls importPaths={imports.importPaths} importFiles={imports.importFiles} disabled={imports.state.running} />
        <button type="button" className="link-button reextract-button" onClick={() => reextraction.start(true)} disabled={reextraction.state?.finished === false}>
          Re-extract entities
        </button>
      </div>
      <Resizer label="Resize filters" onResize={(d) => resize('filters', d)} />
      <div className="column">
        <ArticleList rows={rows} query={query} onQuery={setQuery} selectedIndex={selectedIndex} onOpen={open} searchRef={searchRef} />
        <ImportStatus state={imports.state} onDismiss={imports.dismiss} />
        <ReextractStatus state={reextraction.state} error={reextraction.error} onDismiss={reextraction.dismiss} />
      </div>
      <Resizer label="Resize article list" onResize={(d) => resize('list', d)} />
      <ArticleView id={selectedId} onFilter={(op) => setQuery(addOperator(query, op))} />
    </div>
  );
}
