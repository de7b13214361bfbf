import { CalendarCheck, Newspaper, RefreshCw } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { addOperator } from '../../../electron/common/query/queryEdit';
import { ExportControls } from '../export/ExportControls';
import { KeyboardHelp } from '../help/KeyboardHelp';
import { ImportControls } from '../import/ImportControls';
import { SaveLink } from '../import/SaveLink';
import { ImportStatus } from '../import/ImportStatus';
import { HighlightsView } from '../highlights/HighlightsView';
import { TagManager } from '../highlights/TagManager';
import { useStandInView } from './useStandInView';
import { useImport } from '../import/useImport';
import { ListenPlayer } from '../listen/ListenPlayer';
import { useListenToList } from '../listen/useListenToList';
import { ReviewView } from '../review/ReviewView';
import { StoriesView } from '../stories/StoriesView';
import { ReextractConfirm } from '../entities/ReextractConfirm';
import { ReextractStatus } from '../entities/ReextractStatus';
import { useReextraction } from '../entities/useReextraction';
import { useArticleRows } from '../list/useArticleRows';
import { QueryTip } from '../search/QueryTip';
import { SearchInput } from '../search/SearchInput';
import { useCurrentQuery } from '../search/useCurrentQuery';
import { useListKeys } from '../list/useListKeys';
import { useResumeArticle } from './useResumeArticle';
import { ArticleList } from '../list/ArticleList';
import { ArticleView } from '../article/ArticleView';
import { FilterPane } from '../filters/FilterPane';
import { SETTING_RANGES } from '../../../electron/common/shapes/settingChoices';
import type { ReaderSettings } from '../../../electron/common/shapes/settingsShapes';
import { readingStyle } from '../settings/readingStyle';
import { ReadingSettings } from '../settings/ReadingSettings';
import { SettingsDialog } from '../settings/SettingsDialog';
import { useSettings } from '../settings/useSettings';
import { useTheme } from '../settings/useTheme';
import { IconButton } from './IconButton';
import { ReaderBar } from './ReaderBar';
import { Resizer } from './Resizer';
import { useLayoutKeys } from './useLayoutKeys';
import { usePaneLayout } from './usePaneLayout';

type PaneWidth = 'filtersWidth' | 'listWidth';

/**
 * How long the article of a list that has just changed waits before it is fetched, the list having chosen it: while a
 * query is typed the list changes at each answer, and fetching and drawing each list's first article (30–50 ms of the
 * renderer's work) ran beside the ranking of the next query. An article the reader chooses does not wait.
 */
const LIST_CHOSE_WAIT_MS = 150;

/** The three-pane reader: filters · list · article, giving way to the article as the window narrows. */
export function App({ initialSettings }: { initialSettings: ReaderSettings }) {
  const [query, setQuery] = useCurrentQuery();
  const [selectedIndex, setSelectedIndex] = useState(0);
  const { settings, update } = useSettings(initialSettings);
  useTheme(settings.theme);
  const [focus, setFocus] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [step, setStep] = useState<'list' | 'article'>('list');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [allSettingsOpen, setAllSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const toggleHelp = useCallback(() => setHelpOpen((o) => !o), []);
  const probe = useRef<HTMLSpanElement>(null);
  const layout = usePaneLayout(probe, { ...settings, focus });
  const splitter = (pane: PaneWidth) => {
    const [min, max] = SETTING_RANGES[pane];
    const value = settings[pane];
    return { value, min, max, onResize: (delta: number) => update({ [pane]: Math.min(max, Math.max(min, value + delta)) }) };
  };
  const inlineFilters = layout.filters === 'inline';
  const toggleFilters = useCallback(() => {
    if (inlineFilters) update({ filtersOpen: !settings.filtersOpen });
    else setDrawerOpen((o) => !o);
  }, [inlineFilters, settings.filtersOpen, update]);
  const toggleFocus = useCallback(() => setFocus((f) => !f), []);
  const openSettings = useCallback(() => {
    setSettingsOpen(false);
    setAllSettingsOpen(true);
  }, []);
  useLayoutKeys({ toggleFilters, toggleFocus, openSettings });
  const searchRef = useRef<HTMLInputElement>(null);
  // Bumped after an import or a tag change, so the lists and the counts are fetched again.
  const [revision, setRevision] = useState(0);
  const bump = useCallback(() => setRevision((r) => r + 1), []);
  const imports = useImport(bump);
  const highlights = useStandInView('H');
  const review = useStandInView('R');
  const stories = useStandInView('S');
  // Moved by a correction in Stories, so "In the same story" under the article is asked again.
  const [storiesRevision, setStoriesRevision] = useState(0);
  // The Review, All highlights and Stories each stand in for the list: opening one closes the others.
  const { close: closeHighlights } = highlights;
  const { close: closeReview } = review;
  const { close: closeStories } = stories;
  useEffect(() => void (review.open && (closeHighlights(), closeStories())), [review.open, closeHighlights, closeStories]);
  useEffect(() => void (highlights.open && (closeReview(), closeStories())), [highlights.open, closeReview, closeStories]);
  useEffect(() => void (stories.open && (closeReview(), closeHighlights())), [stories.open, closeReview, closeHighlights]);
  const standIn = review.open ? review : highlights.open ? highlights : stories.open ? stories : null;
  const [managingTags, setManagingTags] = useState(false);
  const reextraction = useReextraction();
  const rows = useArticleRows(query, revision + reextraction.finished);
  const total = rows.total ?? 0;

  // Rows for another query (or fetched again) start at the first one, once they are shown: the rows still shown while
  // the next are asked for keep their selection, so the article shown stays theirs.
  const [selectedIn, setSelectedIn] = useState(rows.listed);
  // Whether the list chose the selected article as it changed, rather than the reader: its article is then fetched
  // after a pause (LIST_CHOSE_WAIT_MS).
  const [listChose, setListChose] = useState(true);
  if (rows.listed !== selectedIn) {
    setSelectedIn(rows.listed);
    setSelectedIndex(0);
    setListChose(true);
  }
  // An article chosen by the reader, or for them (the one they read last, the next one read aloud), is fetched at once.
  const choose = useCallback((index: number) => {
    setListChose(false);
    setSelectedIndex(index);
  }, []);
  useResumeArticle(rows, choose);

  // Opening an article marks it read; `u` undoes that.
  const { rowAt, setRead } = rows;
  const open = useCallback(
    (index: number) => {
      choose(index);
      const row = rowAt(index);
      if (row && !row.read) void setRead(row, true);
    },
    [choose, rowAt, setRead],
  );
  const show = useCallback(() => setStep('article'), []);
  useListKeys({ rows, selectedIndex, open, show, searchRef, enabled: standIn === null });
  // In the narrow layout the article that was just brought into view takes the focus, and Back returns it to the list.
  useEffect(() => {
    if (!layout.twoStep) return;
    if (step === 'article') document.querySelector<HTMLElement>('main.article-pane')?.focus();
    else document.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  }, [step, layout.twoStep]);

  const selectedId = total > 0 ? (rows.rowAt(selectedIndex)?.id ?? null) : null;
  // While the Review or "All highlights" stands in for the list, the article pane shows the highlight chosen there.
  const shown = standIn ? standIn.shown : null;
  const shownId = standIn ? (shown?.articleId ?? null) : selectedId;
  // The article whose text is on screen: until the one chosen has come, the one before it.
  const [drawnId, setDrawnId] = useState<number | null>(null);
  const listen = useListenToList({ rows, selectedIndex, select: choose, shownId, drawnId, fromList: standIn === null, markReadAtEnd: settings.markReadAtEnd });
  const filtersShown = inlineFilters ? settings.filtersOpen : drawerOpen;
  const showList = !focus && (!layout.twoStep || step === 'list');
  const showArticle = focus || !layout.twoStep || step === 'article';
  const columns = [
    inlineFilters && `${settings.filtersWidth}px auto`,
    showList && (layout.twoStep ? 'minmax(0, 1fr)' : `${layout.listWidth}px auto`),
    showArticle && 'minmax(0, 1fr)',
  ];
  return (
    <div className="app" data-entities={settings.entities} style={{ ...readingStyle(settings), gridTemplateColumns: columns.filter(Boolean).join(' ') }}>
      <span className="measure-probe" ref={probe} aria-hidden="true" />
      <ReaderBar
        onBack={layout.twoStep && !focus && step === 'article' ? () => setStep('list') : null}
        search={
          <SearchInput
            ref={searchRef}
            value={query}
            onChange={setQuery}
            label="Search articles"
            placeholder="Search  ( / )   words, person:, after:, is:unread…"
            leaveOnEscape
          />
        }
        actions={
          <>
            <ImportControls importPaths={imports.importPaths} importFiles={imports.importFiles} disabled={imports.state.running} />
            <SaveLink onSaved={bump} />
            <ExportControls articleId={shownId} query={query} />
            <IconButton icon={CalendarCheck} label="Review highlights" shortcut="Shift+R" aria-pressed={review.open} onClick={review.toggle} />
            <IconButton icon={Newspaper} label="Stories" shortcut="Shift+S" aria-pressed={stories.open} onClick={stories.toggle} />
            <IconButton icon={RefreshCw} label="Re-extract entities" onClick={reextraction.ask} disabled={reextraction.state?.finished === false} />
            <ListenPlayer {...listen} />
          </>
        }
        filtersShown={filtersShown}
        focus={focus}
        settingsOpen={settingsOpen}
        helpOpen={helpOpen}
        onToggleFilters={toggleFilters}
        onToggleFocus={toggleFocus}
        onToggleSettings={() => setSettingsOpen((o) => !o)}
        onToggleHelp={toggleHelp}
      />
      <div
        className={inlineFilters ? 'column' : 'column filters-drawer'}
        hidden={!filtersShown}
        style={inlineFilters ? undefined : { width: settings.filtersWidth }}
        onKeyDown={(e) => !inlineFilters && e.key === 'Escape' && setDrawerOpen(false)}
      >
        <FilterPane
          key={revision + reextraction.finished}
          query={query}
          listedQuery={rows.listed?.query ?? null}
          listBusy={rows.busy}
          onQuery={setQuery}
          changes={rows.changes}
          annotated={rows.lastAnnotation}
          highlightsOpen={highlights.open}
          onToggleHighlights={highlights.toggle}
          onManageTags={() => setManagingTags(true)}
          onLibraryChanged={bump}
        />
      </div>
      {inlineFilters && filtersShown && <Resizer label="Resize filters" {...splitter('filtersWidth')} />}
      <div className="column" hidden={!showList}>
        {!settings.queryTipDismissed && <QueryTip onTry={setQuery} onDismiss={() => update({ queryTipDismissed: true })} />}
        {review.open ? (
          <ReviewView query={query} onShow={review.show} onClose={review.close} />
        ) : stories.open ? (
          <StoriesView
            query={query}
            shownId={shownId}
            onShow={(articleId) => (stories.show({ articleId, highlightId: null }), show())}
            onChanged={() => setStoriesRevision((r) => r + 1)}
            onClose={stories.close}
          />
        ) : highlights.open ? (
          <HighlightsView query={query} onQuery={setQuery} revision={revision} onShow={highlights.show} onClose={highlights.close} />
        ) : (
          <ArticleList
            rows={rows}
            query={query}
            onQuery={setQuery}
            selectedIndex={selectedIndex}
            onOpen={(index) => {
              open(index);
              show();
            }}
          />
        )}
        <ImportStatus state={imports.state} onDismiss={imports.dismiss} />
        <ReextractStatus state={reextraction.state} error={reextraction.error} onCancel={reextraction.cancel} onDismiss={reextraction.dismiss} />
      </div>
      {showList && !layout.twoStep && <Resizer label="Resize article list" {...splitter('listWidth')} />}
      <ArticleView
        hidden={!showArticle}
        settings={settings}
        onSettings={update}
        notes={layout.notes}
        id={shownId}
        waitMs={listChose && !standIn ? LIST_CHOSE_WAIT_MS : 0}
        onDrawn={setDrawnId}
        focusHighlightId={shown?.highlightId ?? null}
        flags={standIn ? null : rows.rowAt(selectedIndex)}
        onChanged={(c) => {
          const row = rows.rowAt(selectedIndex);
          if (row) rows.request([row], c);
        }}
        entitiesRevision={reextraction.finished}
        storiesRevision={storiesRevision}
        onAnnotated={rows.annotated}
        onPlace={rows.placed}
        onFilter={(op) => setQuery(addOperator(query, op))}
      />
      {settingsOpen && <ReadingSettings settings={settings} onChange={update} onClose={() => setSettingsOpen(false)} onAll={openSettings} />}
      {allSettingsOpen && <SettingsDialog settings={settings} onChange={update} onClose={() => setAllSettingsOpen(false)} />}
      {reextraction.asking && <ReextractConfirm onAnswer={reextraction.answer} />}
      {managingTags && <TagManager onClose={() => setManagingTags(false)} onChanged={bump} />}
      <KeyboardHelp open={helpOpen} onToggle={toggleHelp} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
