import { useMemo, type MouseEvent, type ReactNode } from 'react';
import type { OperatorRef } from '../../../electron/common/query/queryEdit';
import { HighlightMark } from '../annotate/HighlightMark';
import { blockStarts, highlightPieces, splitByBlock } from '../annotate/segments';
import type { Highlight } from '../annotate/useArticleAnnotations';
import type { Meanings } from '../annotate/useColorMeanings';
import { EntityMark } from '../entities/EntityMark';
import { BlockView, type BlockMention } from './BlockView';
import { clipSpans, findHeadline, headlineClass, sliceBlock } from './headline';
import type { Article, Entity } from './useArticle';

interface Props {
  article: Article;
  entities: readonly Entity[];
  /** Whether the entities' mentions are marked. */
  marks: boolean;
  highlights: readonly Highlight[];
  meanings: Meanings | null;
  /** Between the headline and the text: the byline, the article's tools. */
  header: ReactNode;
  /** Narrows the list to articles mentioning an entity. */
  onFilter(operator: OperatorRef): void;
  onOpenEntity(id: number): void;
  onOpenHighlight(id: number, mark: Element): void;
}

/**
 * The click that ends a drag (or a Shift+click extending a selection) over a highlight or a link selects text: it
 * opens nothing. A button (an entity card's) is a deliberate act whatever is selected.
 */
function endsDrag(e: MouseEvent): void {
  if (document.getSelection()?.isCollapsed !== false || (e.target instanceof Element && e.target.closest('button'))) return;
  e.preventDefault();
  e.stopPropagation();
}

/**
 * The article's headline and text, block by block, with its entities' mentions and its highlights marked. Where the
 * title was made from the lead's first sentence, that sentence is the headline, whole, and the text goes on after it.
 */
export function ArticleBody({ article, entities, marks, highlights, meanings, header, onFilter, onOpenEntity, onOpenHighlight }: Props) {
  const starts = useMemo(() => blockStarts(article.paragraphs), [article]);
  const mentionsByBlock = useMemo(() => {
    if (!marks) return [];
    const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entityId: e.id })));
    return splitByBlock(article.paragraphs, mentions, (m, start, end): BlockMention => ({ start, end, entityId: m.entityId }));
  }, [article, entities, marks]);
  const piecesByBlock = useMemo(() => highlightPieces(article.paragraphs, highlights), [article, highlights]);
  const entityById = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities]);
  const highlightById = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const headline = useMemo(() => findHeadline(article.title, article.paragraphs), [article]);

  const renderMention = (m: BlockMention, content: ReactNode, text: string) => {
    const entity = entityById.get(m.entityId)!;
    return (
      <EntityMark entity={entity} text={text} onFilter={() => onFilter({ name: entity.kind, value: entity.name })} onOpenPage={() => onOpenEntity(entity.id)}>
        {content}
      </EntityMark>
    );
  };
  /** Block `i`'s characters [from, to), as a paragraph or as the headline. */
  const part = (i: number, from: number, to: number, heading = false) => {
    const block = article.paragraphs[i]!;
    const shown = from === 0 && to === block.text.length ? block : sliceBlock(block, from, to);
    return (
      <BlockView
        key={i}
        block={shown}
        heading={heading}
        offset={starts[i]! + from}
        mentions={mentionsByBlock[i] && shown !== block ? clipSpans(mentionsByBlock[i], from, to) : mentionsByBlock[i]}
        highlights={piecesByBlock[i] && shown !== block ? clipSpans(piecesByBlock[i], from, to) : piecesByBlock[i]}
        renderMention={renderMention}
        renderHighlight={({ id, first }, content) => (
          <HighlightMark highlight={highlightById.get(id)!} first={first} meanings={meanings} onOpen={onOpenHighlight}>
            {content}
          </HighlightMark>
        )}
      />
    );
  };
  const firstLength = article.paragraphs[0]?.text.length ?? 0;
  return (
    <>
      {headline ? part(0, 0, headline.shown, true) : <h1 className={headlineClass(article.title)}>{article.title}</h1>}
      {header}
      <div className="article-body" onClickCapture={endsDrag}>
        {article.paragraphs.map((block, i) =>
          i > 0 || !headline ? part(i, 0, block.text.length) : headline.restFrom < firstLength && part(0, headline.restFrom, firstLength),
        )}
      </div>
    </>
  );
}
