import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import type { OperatorRef } from '../../../electron/common/query/queryEdit';
import type { AnnotationChange } from '../annotate/annotationChange';
import { AnnotationLayer, type PopoverState } from '../annotate/AnnotationLayer';
import { ArticleTools, type FlagChange, type ReadingFlags } from '../annotate/ArticleTools';
import { NotesSidebar } from '../annotate/NotesSidebar';
import { SameStory } from '../stories/SameStory';
import { useSameStory } from '../stories/useSameStory';
import { anchorBelow } from '../annotate/Popover';
import { useAnnotateKeys } from '../annotate/useAnnotateKeys';
import { useArticleAnnotations, type Highlight, type HighlightColor } from '../annotate/useArticleAnnotations';
import { useColorMeanings } from '../annotate/useColorMeanings';
import '../annotate/annotate.css';
import { EntityLegend } from '../entities/EntityLegend';
import { EntityPage } from '../entities/EntityPage';
import { FindBar } from '../find/FindBar';
import { ArticleBody } from './ArticleBody';
import { byline, formatDate } from './format';
import { goToHighlight, highlightPlace } from './highlightPlace';
import { useArticle } from './useArticle';
import { useArticleSelection } from './useArticleSelection';
import { useFocusHighlight } from './useFocusHighlight';
import { useReadingPosition } from './useReadingPosition';
import { useRovingStops } from './useRovingStops';
import type { ReaderSettings } from '../../../electron/common/shapes/settingsShapes';
import type { SettingsChange } from '../settings/useSettings';
import { FadingStatus } from '../app/FadingStatus';
import type { PaneLayout } from '../app/paneLayout';
import { VersionsButton } from '../versions/VersionsButton';

const NO_HIGHLIGHTS: Highlight[] = [];

interface Props {
  id: number | null;
  /** How long to wait before fetching article `id`: the list chose it as it changed, and may change again (useArticle). */
  waitMs?: number;
  /** The article whose text the pane shows now, or null: until `id` has come, the one before it. */
  onDrawn?(articleId: number | null): void;
  /** Narrows the list to articles mentioning an entity (`person:"Xi Jinping"`). */
  onFilter(operator: OperatorRef): void;
  /** The list's read and starred state of article `id`; the article's star and read toggles are shown with it. */
  flags?: ReadingFlags | null;
  /** Asks the list, which keeps the rows' state, to store a change of article `id`'s read or starred state. */
  onChanged?(change: FlagChange): void;
  /** Once the article is shown, scroll to this highlight and focus it. */
  focusHighlightId?: number | null;
  /** Moves when a background re-extraction ends, so the entity marks are fetched again. */
  entitiesRevision: number;
  /** Moved by a correction of the stories ("In the same story" asks again). */
  storiesRevision: number;
  /** After the place in an article was stored: the list shows how far it has been read. */
  onPlace?(id: number, position: number): void;
  /** After a stored change to an article's highlights, note or tags that shows outside it. */
  onAnnotated?(change: AnnotationChange): void;
  /** Whether entities are marked and the notes sidebar is open are reading settings. */
  settings: ReaderSettings;
  onSettings(change: SettingsChange): void;
  /** Beside the article when there is room for both, else after it. */
  notes: PaneLayout['notes'];
  /** In the narrow layout, while the list has the window. */
  hidden?: boolean;
}

/** The right pane: the chosen article, set for reading, with its entities and highlights marked; or an entity's page. */
export function ArticleView({
  id,
  waitMs = 0,
  onDrawn,
  onFilter,
  flags,
  onChanged,
  focusHighlightId = null,
  entitiesRevision,
  storiesRevision,
  onAnnotated,
  onPlace,
  settings,
  onSettings,
  notes,
  hidden = false,
}: Props) {
  // What was opened from here (an entity page, an article from it) belongs to the list's selection it was opened from.
  const [opened, setOpened] = useState<{ forId: number | null; articleId: number | null; entityId: number | null }>({
    forId: id,
    articleId: null,
    entityId: null,
  });
  const nav = opened.forId === id ? opened : { forId: id, articleId: null, entityId: null };
  const shownId = nav.articleId ?? id;
  const { article, entities, entitiesLoaded, error, reloadEntities, reloadArticle } = useArticle(
    shownId,
    entitiesRevision,
    nav.articleId === null ? waitMs : 0,
  );
  // The list's flags are article `id`'s: not shown over the article before it, which stays until `id` has come.
  const listArticle = nav.articleId === null && article !== null && article.id === id;
  const lastColor = {
    color: settings.highlightColor,
    remember: (color: HighlightColor) => color !== settings.highlightColor && onSettings({ highlightColor: color }),
  };
  const annotations = useArticleAnnotations(article?.id ?? null, lastColor, onAnnotated);
  const colors = useColorMeanings(annotations.reportError);
  const marks = settings.entities !== 'off';
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const layoutRef = useRef<HTMLDivElement>(null);
  // The headline and the text, which selection, find and highlights work in: only their text carries offsets.
  const bodyRef = useRef<HTMLElement | null>(null);
  const [pane, setPane] = useState<HTMLElement | null>(null);
  const [articleElement, setArticleElement] = useState<HTMLElement | null>(null);
  const articleRef = useCallback((element: HTMLElement | null) => {
    bodyRef.current = element;
    setArticleElement(element);
  }, []);
  useRovingStops(articleElement);
  // The text comes first; its tools, highlights, entity marks and the other reports of its story a request later, and
  // the tools, the legend and those reports move the text down as they appear.
  const sameStory = useSameStory(article?.id ?? null, storiesRevision);
  const busy = !annotations.data || !entitiesLoaded || !sameStory.loaded;
  // The place is restored once the text has stopped moving down, or it would land that much short.
  // Read to the end, the list's article is marked read, if the reader wants it so.
  const markRead = settings.markReadAtEnd && listArticle && flags && !flags.read && onChanged ? () => onChanged({ read: true }) : undefined;
  useReadingPosition(nav.entityId === null && !busy ? (article?.id ?? null) : null, pane, focusHighlightId === null, { onEnd: markRead, onStored: onPlace });
  const selected = useArticleSelection({ article, bodyRef, layoutRef, annotations, onPopover: setPopover });
  useAnnotateKeys({
    enabled: article !== null && nav.entityId === null,
    defaultColor: annotations.defaultColor,
    highlight: selected.highlight,
    undo: () => void annotations.undo(),
    redo: () => void annotations.redo(),
  });
  useFocusHighlight(shownId, article?.id ?? null, focusHighlightId, annotations.data !== null);
  // The pane stays one element from an article to the next (the one before shown until the next has come): each
  // article starts at its top, and its place is restored from there (useReadingPosition).
  const articleId = article?.id ?? null;
  useLayoutEffect(() => {
    if (pane && articleId !== null) pane.scrollTop = 0;
  }, [pane, articleId]);
  // A popover belongs to the article it was opened over: asking for another closes it, as does drawing another.
  useEffect(() => setPopover(null), [shownId, articleId]);
  const drawn = nav.entityId === null ? articleId : null;
  const reportDrawn = useEffectEvent(() => onDrawn?.(drawn));
  useEffect(() => reportDrawn(), [drawn]);

  if (nav.entityId !== null) {
    const leave = (articleId: number | null) => {
      setOpened({ ...nav, articleId, entityId: null });
      // A correction made on the page (a rename, a hidden entity) may have changed the article's marks.
      reloadEntities();
    };
    return (
      <main className="article-pane" aria-label="Entity" hidden={hidden}>
        <EntityPage id={nav.entityId} onClose={() => leave(nav.articleId)} onOpenArticle={leave} />
      </main>
    );
  }
  if (error)
    return (
      <main className="article-pane" hidden={hidden}>
        <p className="error" role="alert">
          {error}
        </p>
      </main>
    );
  if (!article)
    return (
      <main className="article-pane" hidden={hidden}>
        <div className="empty">
          <h1 className="empty-title">No article open</h1>
          <p>Choose an article to read it.</p>
        </div>
      </main>
    );
  const listFlags = listArticle && flags && onChanged ? flags : undefined;
  const highlights = annotations.data?.highlights ?? NO_HIGHLIGHTS;
  const anchorAt = (el: Element) => anchorBelow(el.getBoundingClientRect(), layoutRef.current);
  return (
    <main className="article-pane" aria-label="Article" aria-busy={busy} tabIndex={-1} hidden={hidden} ref={setPane}>
      {/* Keyed: what they hold (an open find, a note being written) is the article's, as the pane moves on to another. */}
      <FindBar key={`find-${article.id}`} bodyRef={bodyRef} body={article.body} enabled={!hidden} />
      <div key={article.id} className={`annotate-layout notes-${notes}`} ref={layoutRef}>
        {annotations.error && (
          <p className="error annotate-alert" role="alert">
            {annotations.error}{' '}
            <button type="button" className="link-button" onClick={annotations.dismissError}>
              Dismiss
            </button>
          </p>
        )}
        <article className="article" lang={article.language ?? undefined} ref={articleRef}>
          <ArticleBody
            header={
              <>
                <p className="byline">{byline([article.source, article.author, formatDate(article.published), article.dateline])}</p>
                {article.version > 1 && (
                  <VersionsButton
                    articleId={article.id}
                    title={article.title}
                    version={article.version}
                    onRestored={() => {
                      reloadArticle();
                      annotations.reload();
                    }}
                  />
                )}
                <SameStory articleId={article.id} story={sameStory.story} onFilter={onFilter} />
                {article.waiting && (
                  <p className="article-waiting" role="note">
                    Only this article’s address is here so far: its page is waiting to be fetched from {article.waiting.url}
                    {article.waiting.lastError && ` (last try: ${article.waiting.lastError})`}.
                    {article.waiting.excerpt && <q className="article-waiting-excerpt">{article.waiting.excerpt}</q>}
                  </p>
                )}
                {annotations.data && (
                  <ArticleTools
                    note={annotations.data.note}
                    tags={annotations.data.tags}
                    flags={listFlags}
                    annotations={annotations}
                    onFlag={(c) => onChanged?.(c)}
                  />
                )}
                {entities.length > 0 && <EntityLegend marks={marks} onMarks={(on) => onSettings({ entities: on ? 'hover' : 'off' })} />}
              </>
            }
            article={article}
            entities={entities}
            marks={marks}
            highlights={highlights}
            meanings={colors.meanings}
            onFilter={onFilter}
            onOpenEntity={(entityId) => setOpened({ ...nav, entityId })}
            onOpenHighlight={(hid, mark) => setPopover({ kind: 'editor', id: hid, focus: 'color', anchor: anchorAt(mark) })}
          />
        </article>
        <NotesSidebar
          highlights={highlights}
          versioned={article.version > 1}
          meanings={colors.meanings}
          open={settings.notesOpen}
          canReattach={selected.selection !== null}
          onToggle={() => onSettings({ notesOpen: !settings.notesOpen })}
          onGoTo={goToHighlight}
          onReattach={selected.reattach}
          onDelete={(hid) => void annotations.remove(hid)}
          onMeanings={(el) => setPopover({ kind: 'meanings', anchor: anchorAt(el) })}
        />
        <AnnotationLayer
          articleId={article.id}
          popover={popover}
          onPopover={setPopover}
          selection={selected.selection}
          toolbarAnchor={selected.toolbarAnchor}
          annotations={annotations}
          colors={colors}
          onHighlight={selected.highlight}
          onCopy={selected.copy}
          onEntityMarked={reloadEntities}
          onEditorClosed={(hid) => highlightPlace(hid)?.focus()}
        />
        <FadingStatus className="annotate-status" message={annotations.status} onFaded={() => annotations.setStatus('')} />
      </div>
    </main>
  );
}
