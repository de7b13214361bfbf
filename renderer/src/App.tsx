import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ImportControls } from './import/ImportControls';
import { ImportStatus } from './import/ImportStatus';
import { useImport } from './import/useImport';
import { useArticleRows } from './hooks/useArticleRows';
import { usePaneWidths } from './hooks/usePaneWidths';
import { ArticleList } from './panes/ArticleList';
import { ArticleView } from './panes/ArticleView';
import { FilterPane } from './panes/FilterPane';
import { Resizer } from './panes/Resizer';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The three-pane reader: filters · list · article. */
export function App() {
  const [source, setSource] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [selectedIndex, setSelectedIndex] = useState(0);
  const [widths, resize] = usePaneWidths();
  const searchRef = useRef<HTMLInputElement>(null);
  // Bumped after an import, so the list and the counts are fetched again.
  const [revision, setRevision] = useState(0);
  const imports = useImport(useCallback(() => setRevision((r) => r + 1), []));
  const filter = useMemo(() => ({ source, query }), [source, query, revision]);
  const rows = useArticleRows(filter);
  const total = rows.total ?? 0;

  useEffect(() => setSelectedIndex(0), [filter]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      const move = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 }[e.key];
      if (move !== undefined) {
        e.preventDefault();
        setSelectedIndex((i) => Math.min(Math.max(0, total - 1), Math.max(0, i + move)));
      } else if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [total]);

  const selectedId = total > 0 ? (rows.rowAt(selectedIndex)?.id ?? null) : null;
  return (
    <div className="app" style={{ gridTemplateColumns: `${widths.filters}px auto ${widths.list}px auto minmax(0, 1fr)` }}>
      <div className="column">
        <FilterPane key={revision} source={source} onSource={setSource} />
        <ImportControls importPaths={imports.importPaths} importFiles={imports.importFiles} disabled={imports.state.running} />
      </div>
      <Resizer label="Resize filters" onResize={(d) => resize('filters', d)} />
      <div className="column">
        <ArticleList rows={rows} query={query} onQuery={setQuery} selectedIndex={selectedIndex} onSelect={setSelectedIndex} searchRef={searchRef} />
        <ImportStatus state={imports.state} onDismiss={imports.dismiss} />
      </div>
      <Resizer label="Resize article list" onResize={(d) => resize('list', d)} />
      <ArticleView id={selectedId} />
    </div>
  );
}
