import { useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { ResponseOf } from '../../../electron/api/contract';
import type { OperatorRef } from '../../../electron/library/search/queryEdit';
import { api } from '../api/client';
import { byline, formatDate } from '../format';
import { AnnotationLayer, type PopoverState } from '../annotate/AnnotationLayer';
import { ArticleTools, type FlagChange, type ReadingFlags } from '../annotate/ArticleTools';
import { HighlightMark } from '../annotate/HighlightMark';
import { NotesSidebar } from '../annotate/NotesSidebar';
import { anchorBelow } from '../annotate/Popover';
import { selectionIn } from '../annotate/selectionOffsets';
import { blockStarts, highlightPieces, splitByBlock } from '../annotate/segments';
import { useAnnotateKeys } from '../annotate/useAnnotateKeys';
import { useArticleAnnotations, type HighlightColor } from '../annotate/useArticleAnnotations';
import { useColorMeanings } from '../annotate/useColorMeanings';
import { useTextSelection } from '../annotate/useTextSelection';
import '../annotate/annotate.css';
import { BlockView, type BlockMention } from './BlockView';
import { EntityLegend } from './EntityLegend';
import { EntityMark } from './EntityMark';
import { EntityPage } from './EntityPage';

type Article = ResponseOf<'articles.get'>['article'];
type Entity = ResponseOf<'entities.forArticle'>['entities'][number];

const MARKS_SETTING = 'dossier.entityMarks';
const NOTES_SETTING = 'dossier.notesSidebar';

/** The highlight's mark in the text (the piece where it begins), or an orphaned highlight's entry in the sidebar. */
function placeOf(id: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.article-body [data-hl-first="${id}"], .notes-sidebar [data-orphan="${id}"]`);
}

/**
 * The click that ends a drag over a mark, a highlight or a link selects text: it neither opens nor filters
 * anything. (Shift+click extends a selection too, but it is also how an entity's page is opened.)
 */
function endsDrag(e: MouseEvent): void {
  if (e.shiftKey || document.getSelection()?.isCollapsed !== false) return;
  e.preventDefault();
  e.stopPropagation();
}

function goTo(id: number, focus = true): void {
  const place = placeOf(id);
  place?.scrollIntoView({ block: 'center' });
  if (focus) place?.focus({ preventScroll: true });
}

interface Props {
  id: number | null;
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
  /** After each stored change to the article's highlights, note or tags. */
  onAnnotated?(): void;
}

/** The right pane: the chosen article, set for reading, with its entities and highlights marked; or an entity's page. */
export function ArticleView({ id, onFilter, flags, onChanged, focusHighlightId = null, entitiesRevision, onAnnotated }: Props) {
  // What was opened from here (an entity page, an article from it) belongs to the list's selection it was opened from.
  const [opened, setOpened] = useState<{ forId: number | null; articleId: number | null; entityId: number | null }>({ forId: id, articleId: null, entityId: null });
  const nav = opened.forId === id ? opened : { forId: id, articleId: null, entityId: null };
  const shownId = nav.articleId ?? id;
  const [article, setArticle] = useState<Article | null>(null);
  const [entities, setEntities] = useState<{ articleId: number; list: Entity[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [marks, setMarks] = useState(() => localStorage.getItem(MARKS_SETTING) !== 'off');
  const [notesOpen, setNotesOpen] = useState(() => localStorage.getItem(NOTES_SETTING) !== 'closed');
  const [spansMarked, setSpansMarked] = useState(0);
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const layoutRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setPopover(null);
    if (shownId === null) return setArticle(null);
    let current = true;
    setError(null);
    api.invoke('articles.get', { id: shownId }).then(
      (r) => current && setArticle(r.article),
      (err: Error) => current && setError(err.message),
    );
    return () => void (current = false);
  }, [shownId]);

  useEffect(() => {
    if (shownId === null) return;
    let current = true;
    // Without its marks, the article still reads: a failure here is not worth an alert.
    const settle = (list: Entity[]) => current && setEntities({ articleId: shownId, list });
    api.invoke('entities.forArticle', { articleId: shownId }).then((r) => settle(r.entities), () => settle([]));
    return () => void (current = false);
    // Coming back from an entity page fetches the marks again: a correction made there may have changed them.
  }, [shownId, entitiesRevision, nav.entityId, spansMarked]);

  const shown = article?.id === shownId ? article : null;
  const annotations = useArticleAnnotations(shown?.id ?? null, onAnnotated);
  const colors = useColorMeanings(annotations.reportError);
  const selection = useTextSelection(bodyRef, shown?.body ?? null);
  const toolbarAnchor = useMemo(() => (selection ? anchorBelow(selection.rect, layoutRef.current) : null), [selection]);
  const found = useMemo(() => (entities?.articleId === shownId ? entities.list : []), [entities, shownId]);
  const highlights = useMemo(() => annotations.data?.highlights ?? [], [annotations.data]);
  const starts = useMemo(() => (shown ? blockStarts(shown.paragraphs) : []), [shown]);
  const mentionsByBlock = useMemo(() => {
    if (!shown || !marks) return [];
    const mentions = found.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entityId: e.id })));
    return splitByBlock(shown.paragraphs, mentions, (m, start, end): BlockMention => ({ start, end, entityId: m.entityId }));
  }, [shown, found, marks]);
  const piecesByBlock = useMemo(() => (shown ? highlightPieces(shown.paragraphs, highlights) : []), [shown, highlights]);
  const entityById = useMemo(() => new Map(found.map((e) => [e.id, e])), [found]);
  const highlightById = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);

  const openEditor = (hid: number, mark: Element) =>
    setPopover({ kind: 'editor', id: hid, focus: 'color', anchor: anchorBelow(mark.getBoundingClientRect(), layoutRef.current) });
  // Read when used: a key pressed right after the selection changed may come before the selectionchange event.
  const liveSelection = () => (bodyRef.current && shown ? selectionIn(bodyRef.current, shown.body) : null);
  const highlightSelection = (color: HighlightColor, then?: 'note' | 'tags'): boolean => {
    const span = liveSelection();
    if (!span) return false;
    const anchor = anchorBelow(span.rect, layoutRef.current);
    void annotations.create(span, color).then((h) => {
      if (!h) return;
      document.getSelection()?.removeAllRanges();
      if (then) setPopover({ kind: 'editor', id: h.id, focus: then, anchor });
    });
    return true;
  };
  const copyQuote = () => {
    const span = liveSelection();
    if (!span || !shown) return;
    const source = byline([shown.title, shown.source, formatDate(shown.published)]).replaceAll(' · ', ', ');
    const text = `“${span.text}”\n— ${source}${shown.url ? `\n${shown.url}` : ''}`;
    navigator.clipboard.writeText(text).then(
      () => annotations.setStatus('Copied the quote with its source.'),
      (err: Error) => annotations.reportError(`The quote could not be copied to the clipboard: ${err.message}`),
    );
  };
  useAnnotateKeys({ enabled: shown !== null && nav.entityId === null, defaultColor: annotations.defaultColor, highlight: highlightSelection, undo: annotations.undo, redo: annotations.redo });

  // A link from elsewhere (All highlights) to a highlight's place: go there once its article and marks are shown.
  // The marks come a request after the article, so a key pressed meanwhile (`/` for the search box) may have put
  // the focus somewhere: it stays there, and the highlight is only scrolled to.
  const focused = useRef<string | null>(null);
  const focusWhenChosen = useRef<Element | null>(null);
  useEffect(() => {
    focusWhenChosen.current = document.activeElement;
  }, [id, focusHighlightId]);
  useEffect(() => {
    const key = `${shown?.id}:${focusHighlightId}`;
    if (focusHighlightId === null || shown?.id !== id || !annotations.data || focused.current === key) return;
    focused.current = key;
    const now = document.activeElement;
    goTo(focusHighlightId, !now || now === document.body || now === focusWhenChosen.current || !!now.closest('main.article-pane'));
  }, [shown, id, focusHighlightId, annotations.data]);

  const switchMarks = (on: boolean) => {
    localStorage.setItem(MARKS_SETTING, on ? 'on' : 'off');
    setMarks(on);
  };
  const switchNotes = () => {
    localStorage.setItem(NOTES_SETTING, notesOpen ? 'closed' : 'open');
    setNotesOpen(!notesOpen);
  };
  const renderMention = (m: BlockMention, content: ReactNode, text: string) => {
    const entity = entityById.get(m.entityId)!;
    return (
      <EntityMark
        entity={entity}
        text={text}
        onFilter={() => onFilter({ name: entity.kind, value: entity.name })}
        onOpenPage={() => setOpened({ ...nav, entityId: entity.id })}
      >
        {content}
      </EntityMark>
    );
  };

  if (nav.entityId !== null) {
    return (
      <main className="article-pane" aria-label="Entity">
        <EntityPage
          id={nav.entityId}
          onClose={() => setOpened({ ...nav, entityId: null })}
          onOpenArticle={(articleId) => setOpened({ ...nav, articleId, entityId: null })}
        />
      </main>
    );
  }
  if (error) return <main className="article-pane"><p className="error" role="alert">{error}</p></main>;
  if (!shown) return <main className="article-pane"><p className="empty">Choose an article to read it.</p></main>;
  const listFlags = nav.articleId === null && flags && onChanged ? flags : undefined;
  // The text comes first; its tools, highlights and entity marks a request later, and the tools and the legend
  // move the text down as they appear.
  const busy = !annotations.data || entities?.articleId !== shown.id;
  return (
    <main className="article-pane" aria-label="Article" aria-busy={busy} tabIndex={-1}>
      <div className="annotate-layout" ref={layoutRef}>
        {annotations.error && (
          <p className="error annotate-alert" role="alert">
            {annotations.error} <button type="button" className="link-button" onClick={annotations.dismissError}>Dismiss</button>
          </p>
        )}
        <article className="article" lang={shown.language ?? undefined}>
          <h1>{shown.title}</h1>
          <p className="byline">{byline([shown.source, shown.author, formatDate(shown.published), shown.dateline])}</p>
          {annotations.data && (
            <ArticleTools key={shown.id} note={annotations.data.note} tags={annotations.data.tags} flags={listFlags} annotations={annotations} onFlag={(c) => onChanged?.(c)} />
          )}
          {found.length > 0 && <EntityLegend marks={marks} onMarks={switchMarks} />}
          <div className="article-body" ref={bodyRef} onClickCapture={endsDrag}>
            {shown.paragraphs.map((block, i) => (
              <BlockView
                key={i}
                block={block}
                offset={starts[i]!}
                mentions={mentionsByBlock[i]}
                highlights={piecesByBlock[i]}
                renderMention={(m, content) => renderMention(m, content, block.text.slice(m.start, m.end))}
                renderHighlight={({ id: hid, first }, content) => (
                  <HighlightMark highlight={highlightById.get(hid)!} first={first} meanings={colors.meanings} onOpen={openEditor}>
                    {content}
                  </HighlightMark>
                )}
              />
            ))}
          </div>
        </article>
        <NotesSidebar
          highlights={highlights}
          meanings={colors.meanings}
          open={notesOpen}
          canReattach={selection !== null}
          onToggle={switchNotes}
          onGoTo={goTo}
          onReattach={(hid) => {
            const span = liveSelection();
            if (span) void annotations.reattach(hid, span).then(() => document.getSelection()?.removeAllRanges());
          }}
          onDelete={(hid) => void annotations.remove(hid)}
          onMeanings={(el) => setPopover({ kind: 'meanings', anchor: anchorBelow(el.getBoundingClientRect(), layoutRef.current) })}
        />
        <AnnotationLayer
          articleId={shown.id}
          popover={popover}
          onPopover={setPopover}
          selection={selection}
          toolbarAnchor={toolbarAnchor}
          annotations={annotations}
          colors={colors}
          onHighlight={highlightSelection}
          onCopy={copyQuote}
          onEntityMarked={() => setSpansMarked((n) => n + 1)}
          onEditorClosed={(hid) => placeOf(hid)?.focus()}
        />
        <p className="annotate-status" role="status">{annotations.status}</p>
      </div>
    </main>
  );
}
