import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ResponseOf } from '../../../electron/api/contract';
import type { OperatorRef } from '../../../electron/library/search/queryEdit';
import { api } from '../api/client';
import { byline, formatDate } from '../format';
import { BlockView, type BlockMention } from './BlockView';
import { EntityLegend } from './EntityLegend';
import { EntityMark } from './EntityMark';
import { EntityPage } from './EntityPage';

type Article = ResponseOf<'articles.get'>['article'];
type Entity = ResponseOf<'entities.forArticle'>['entities'][number];

const MARKS_SETTING = 'dossier.entityMarks';
const POLL_MS = 500;

/** Each block's mentions in block offsets: the body that mention offsets refer to joins the blocks with a blank line. */
function mentionsByBlock(blocks: Article['paragraphs'], entities: readonly Entity[]): BlockMention[][] {
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    at += b.text.length + 2;
  }
  const out = blocks.map((): BlockMention[] => []);
  const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entityId: e.id }))).sort((a, b) => a.start - b.start);
  let i = 0;
  for (const m of mentions) {
    while (i + 1 < blocks.length && starts[i + 1]! <= m.start) i++;
    const start = m.start - starts[i]!;
    const end = m.end - starts[i]!;
    if (start >= 0 && end <= blocks[i]!.text.length) out[i]!.push({ start, end, entityId: m.entityId });
  }
  return out;
}

/** Bumps when a background extraction (a library upgraded to a newer extractor) finishes, so entities are fetched again. */
function useOutdatedExtraction(): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = (jobId: number) =>
      api.invoke('entities.reextractStatus', { jobId }).then((s) => {
        if (s.finished) setRevision((r) => r + 1);
        else timer = setTimeout(() => void poll(jobId), POLL_MS);
      }, () => {});
    api.invoke('entities.reextract', { all: false }).then(({ jobId }) => {
      if (jobId !== null) void poll(jobId);
    }, () => {});
    return () => clearTimeout(timer);
  }, []);
  return revision;
}

interface Props {
  id: number | null;
  /** Narrows the list to articles mentioning an entity (`person:"Xi Jinping"`). */
  onFilter(operator: OperatorRef): void;
}

/** The right pane: the chosen article, set for reading, with its entities marked; or an entity's page. */
export function ArticleView({ id, onFilter }: Props) {
  // What was opened from here (an entity page, an article from it) belongs to the list's selection it was opened from.
  const [opened, setOpened] = useState<{ forId: number | null; articleId: number | null; entityId: number | null }>({ forId: id, articleId: null, entityId: null });
  const nav = opened.forId === id ? opened : { forId: id, articleId: null, entityId: null };
  const shownId = nav.articleId ?? id;
  const [article, setArticle] = useState<Article | null>(null);
  const [entities, setEntities] = useState<{ articleId: number; list: Entity[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [marks, setMarks] = useState(() => localStorage.getItem(MARKS_SETTING) !== 'off');
  const revision = useOutdatedExtraction();

  useEffect(() => {
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
    api.invoke('entities.forArticle', { articleId: shownId }).then((r) => current && setEntities({ articleId: shownId, list: r.entities }), () => {});
    return () => void (current = false);
    // Coming back from an entity page fetches the marks again: a correction made there may have changed them.
  }, [shownId, revision, nav.entityId]);

  const shown = article?.id === shownId ? article : null;
  const found = useMemo(() => (entities?.articleId === shownId ? entities.list : []), [entities, shownId]);
  const byBlock = useMemo(() => (shown && marks ? mentionsByBlock(shown.paragraphs, found) : []), [shown, found, marks]);
  const entityById = useMemo(() => new Map(found.map((e) => [e.id, e])), [found]);

  const switchMarks = (on: boolean) => {
    localStorage.setItem(MARKS_SETTING, on ? 'on' : 'off');
    setMarks(on);
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
  return (
    <main className="article-pane" aria-label="Article">
      <article className="article" lang={shown.language ?? undefined}>
        <h1>{shown.title}</h1>
        <p className="byline">{byline([shown.source, shown.author, formatDate(shown.published), shown.dateline])}</p>
        {found.length > 0 && <EntityLegend marks={marks} onMarks={switchMarks} />}
        <div className="article-body">
          {shown.paragraphs.map((block, i) => (
            <BlockView
              key={i}
              block={block}
              mentions={byBlock[i]}
              renderMention={(m, content) => renderMention(m, content, block.text.slice(m.start, m.end))}
            />
          ))}
        </div>
      </article>
    </main>
  );
}
