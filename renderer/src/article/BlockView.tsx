import { Fragment, type MouseEvent, type ReactNode } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { groupByMention, segmentBlock, type HighlightPiece, type InlineMark, type Segment } from '../annotate/segments';
import { OFFSET_ATTRIBUTE } from '../annotate/selectionOffsets';
import { headlineClass } from './headline';

type Block = ResponseOf<'articles.get'>['article']['paragraphs'][number];

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
  /** Wraps a mention's content (its highlights and inline formatting kept) in the entity's mark. */
  renderMention?: (mention: BlockMention, content: ReactNode) => ReactNode;
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

export function BlockView({ block, heading = false, offset, mentions = [], highlights = [], renderMention, renderHighlight }: Props) {
  const segments = segmentBlock(block.text.length, block.marks ?? [], renderMention ? mentions : [], renderHighlight ? highlights : []);
  const children = groupByMention(segments).map(({ mention, segments: run }) => {
    const content = run.map((s) => segmentNode(block, offset, s, renderHighlight));
    return <Fragment key={run[0]!.start}>{mention && renderMention ? renderMention(mention, content) : content}</Fragment>;
  });
  if (heading) return <h1 className={headlineClass(block.text)}>{children}</h1>;
  switch (block.kind) {
    case 'h':
      return <h2>{children}</h2>;
    case 'li':
      return <p className="li">{children}</p>;
    case 'quote':
      return <blockquote>{children}</blockquote>;
    default:
      return <p>{children}</p>;
  }
}
