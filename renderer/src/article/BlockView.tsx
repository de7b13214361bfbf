import { Fragment, type MouseEvent, type ReactNode } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { groupByMention, segmentBlock, type HighlightPiece, type InlineMark, type Segment } from '../annotate/segments';
import { OFFSET_ATTRIBUTE } from '../annotate/selectionOffsets';
import { pictureUrl } from '../api/client';
import { clipSpans, headlineClass, sliceBlock } from './headline';

type Block = ResponseOf<'articles.get'>['article']['paragraphs'][number];
type TableCell = NonNullable<Block['cells']>[number];

/** A mention inside one block: offsets into the block's text. */
export interface BlockMention {
  start: number;
  end: number;
  entityId: number;
}

interface Props {
  block: Block;
  /** Set as the article's headline (its title made from this block's first sentence). */
  heading?: boolean;
  /** Where the block's text begins in the article's body, which selections and highlights are measured in. */
  offset: number;
  /** Not overlapping one another. */
  mentions?: readonly BlockMention[];
  /** May overlap one another and anything else. */
  highlights?: readonly HighlightPiece[];
  /** Wraps a mention's content (its highlights and inline formatting kept) in the entity's mark; `text` is the mention's words. */
  renderMention?: (mention: BlockMention, content: ReactNode, text: string) => ReactNode;
  /** Wraps one segment's text in one highlight's mark; called once per highlight covering the segment. */
  renderHighlight?: (highlight: Segment<BlockMention>['highlights'][number], content: ReactNode) => ReactNode;
}

/** Opens http(s) links outside the reader (in Electron the main process hands them to the system browser). */
function openExternal(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  const href = e.currentTarget.href;
  if (/^https?:\/\//i.test(href)) window.open(href, '_blank', 'noopener,noreferrer');
}

function format(mark: InlineMark, content: ReactNode): ReactNode {
  if (mark.style === 'em') return <em>{content}</em>;
  if (mark.style === 'strong') return <strong>{content}</strong>;
  if (mark.style === 'code') return <code>{content}</code>;
  if (mark.href && /^https?:\/\//i.test(mark.href))
    return (
      <a href={mark.href} onClick={openExternal}>
        {content}
      </a>
    );
  return content;
}

/** One segment: its text in a leaf holding its body offset, inside its highlights, inside its formatting. */
function segmentNode(block: Block, offset: number, segment: Segment<BlockMention>, renderHighlight: Props['renderHighlight']): ReactNode {
  let node: ReactNode = <span {...{ [OFFSET_ATTRIBUTE]: offset + segment.start }}>{block.text.slice(segment.start, segment.end)}</span>;
  if (renderHighlight) for (const h of [...segment.highlights].reverse()) node = renderHighlight(h, node);
  for (const mark of [...segment.marks].reverse()) node = format(mark, node);
  return <Fragment key={segment.start}>{node}</Fragment>;
}

/** A block's text as segments in leaves, inside its mentions, highlights and formatting. */
function inline({ block, offset, mentions = [], highlights = [], renderMention, renderHighlight }: Props): ReactNode {
  const segments = segmentBlock(block.text.length, block.marks ?? [], renderMention ? mentions : [], renderHighlight ? highlights : []);
  return groupByMention(segments).map(({ mention, segments: run }) => {
    const content = run.map((s) => segmentNode(block, offset, s, renderHighlight));
    return (
      <Fragment key={run[0]!.start}>
        {mention && renderMention ? renderMention(mention, content, block.text.slice(mention.start, mention.end)) : content}
      </Fragment>
    );
  });
}

export function BlockView(props: Props) {
  const { block, heading = false } = props;
  if (block.kind === 'table') return <TableView {...props} />;
  const children = inline(props);
  if (heading) return <h1 className={headlineClass(block.text)}>{children}</h1>;
  switch (block.kind) {
    case 'h':
      return <h2>{children}</h2>;
    case 'li':
      return <p className="li">{children}</p>;
    case 'quote':
      return <blockquote>{children}</blockquote>;
    case 'image':
      return (
        <figure className="article-picture">
          {block.picture?.hash && <img src={pictureUrl(block.picture.hash)} alt={block.picture.alt} loading="lazy" decoding="async" />}
          {block.text && <figcaption>{children}</figcaption>}
          {/* A picture that could not be kept is told by its alt text, as a browser tells a missing one. */}
          {!block.picture?.hash && !block.text && block.picture?.alt && <figcaption className="picture-missing">{block.picture.alt}</figcaption>}
        </figure>
      );
    case 'code':
      return (
        <pre>
          <code>{children}</code>
        </pre>
      );
    default:
      return <p>{children}</p>;
  }
}

/**
 * A table of data, each cell drawn from its part of the block's text (the " | " and line breaks between cells are
 * in the text for search and quotes, not on screen). It scrolls inside its own box on a narrow window, which the
 * keyboard can reach, so the page itself never scrolls sideways.
 */
function TableView(props: Props) {
  const { block, offset, mentions = [], highlights = [] } = props;
  const rows: TableCell[][] = [];
  for (const cell of block.cells ?? []) (rows[cell.row] ??= []).push(cell);
  const cellContent = (c: TableCell) =>
    inline({
      ...props,
      block: sliceBlock(block, c.start, c.end),
      offset: offset + c.start,
      mentions: clipSpans(mentions, c.start, c.end),
      highlights: clipSpans(highlights, c.start, c.end),
    });
  const headRows = rows.findIndex((r) => !r?.every((c) => c.head));
  const toRow = (cells: TableCell[] | undefined, i: number) =>
    cells && (
      <tr key={i}>
        {cells.map((c) => {
          const Cell = c.head ? 'th' : 'td';
          return (
            <Cell key={c.start} colSpan={c.span}>
              {cellContent(c)}
            </Cell>
          );
        })}
      </tr>
    );
  const split = headRows < 0 ? rows.length : headRows;
  return (
    <div className="table-scroll" role="region" aria-label="Table" tabIndex={0}>
      <table>
        {split > 0 && <thead>{rows.slice(0, split).map(toRow)}</thead>}
        <tbody>{rows.slice(split).map((r, i) => toRow(r, split + i))}</tbody>
      </table>
    </div>
  );
}
