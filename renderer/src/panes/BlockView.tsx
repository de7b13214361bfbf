import type { MouseEvent, ReactNode } from 'react';
import type { ResponseOf } from '../../../electron/api/contract';

type Block = ResponseOf<'articles.get'>['article']['paragraphs'][number];

/** Opens http(s) links outside the reader (in Electron the main process hands them to the system browser). */
function openExternal(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  const href = e.currentTarget.href;
  if (/^https?:\/\//i.test(href)) window.open(href, '_blank', 'noopener,noreferrer');
}

function inline(block: Block): ReactNode {
  const marks = [...(block.marks ?? [])].sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > block.text.length) continue;
    out.push(block.text.slice(at, m.start));
    const text = block.text.slice(m.start, m.end);
    const key = `${m.start}-${m.style}`;
    if (m.style === 'em') out.push(<em key={key}>{text}</em>);
    else if (m.style === 'strong') out.push(<strong key={key}>{text}</strong>);
    else if (m.style === 'code') out.push(<code key={key}>{text}</code>);
    else if (m.href && /^https?:\/\//i.test(m.href)) out.push(<a key={key} href={m.href} onClick={openExternal}>{text}</a>);
    else out.push(text);
    at = m.end;
  }
  out.push(block.text.slice(at));
  return out;
}

export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'h':
      return <h2>{inline(block)}</h2>;
    case 'li':
      return <p className="li">{inline(block)}</p>;
    case 'quote':
      return <blockquote>{inline(block)}</blockquote>;
    default:
      return <p>{inline(block)}</p>;
  }
}
