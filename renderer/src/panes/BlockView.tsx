import { Fragment, type MouseEvent, type ReactNode } from 'react';
import type { ResponseOf } from '../../../electron/api/contract';

type Block = ResponseOf<'articles.get'>['article']['paragraphs'][number];

/** A mention inside one block: offsets into the block's text. */
export interface BlockMention {
  start: number;
  end: number;
  entityId: number;
}

interface Props {
  block: Block;
  /** Sorted, not overlapping. */
  mentions?: readonly BlockMention[];
  /** Wraps a mention's content (its inline formatting kept) in the entity's mark. */
  renderMention?: (mention: BlockMention, content: ReactNode) => ReactNode;
}

/** Opens http(s) links outside the reader (in Electron the main process hands them to the system browser). */
function openExternal(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  const href = e.currentTarget.href;
  if (/^https?:\/\//i.test(href)) window.open(href, '_blank', 'noopener,noreferrer');
}

/** The block's text in [from, to) with its inline formatting; a mark that crosses the range's edge is cut there. */
function inline(block: Block, from: number, to: number): ReactNode[] {
  const marks = [...(block.marks ?? [])].sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = from;
  for (const m of marks) {
    const start = Math.max(m.start, from);
    const end = Math.min(m.end, to);
    if (start < at || start >= end || m.end > block.text.length) continue;
    out.push(block.text.slice(at, start));
    const text = block.text.slice(start, end);
    const key = `${start}-${m.style}`;
    if (m.style === 'em') out.push(<em key={key}>{text}</em>);
    else if (m.style === 'strong') out.push(<strong key={key}>{text}</strong>);
    else if (m.style === 'code') out.push(<code key={key}>{text}</code>);
    else if (m.href && /^https?:\/\//i.test(m.href)) out.push(<a key={key} href={m.href} onClick={openExternal}>{text}</a>);
    else out.push(text);
    at = end;
  }
  out.push(block.text.slice(at, to));
  return out;
}

function content(block: Block, mentions: readonly BlockMention[], renderMention: Props['renderMention']): ReactNode {
  if (!renderMention || mentions.length === 0) return inline(block, 0, block.text.length);
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start < at || m.end > block.text.length) continue;
    out.push(<Fragment key={`t${at}`}>{inline(block, at, m.start)}</Fragment>);
    out.push(<Fragment key={`m${m.start}`}>{renderMention(m, inline(block, m.start, m.end))}</Fragment>);
    at = m.end;
  }
  out.push(<Fragment key={`t${at}`}>{inline(block, at, block.text.length)}</Fragment>);
  return out;
}

export function BlockView({ block, mentions = [], renderMention }: Props) {
  const children = content(block, mentions, renderMention);
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
