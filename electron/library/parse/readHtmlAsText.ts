import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { finishArticle } from './finishArticle';
import { BLOCK, SKIP } from './htmlToBlocks';
import { OpenElements } from './OpenElements';
import type { Block, BlockKind, ParsedArticle } from './types';

const HEADING = /^h([1-6])$/;
const ENDS_BLOCK = new Set([...BLOCK, 'li', 'blockquote', 'ul', 'ol', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ignore = () => {};

/**
 * A page's text without building its document: htmlparser2's tokenizer reads it in one pass, and the open
 * elements are followed on a stack (OpenElements) rather than by recursion, so time and memory grow with the
 * page's size whatever its nesting. Code, media, forms and page chrome are left out as in the full reader;
 * headings and list items stay what they are; `<br>` keeps its line break. For pages the full reader would
 * take too long over (findSlowShape, or the parse budget).
 */
export function readHtmlAsText(html: string): ParsedArticle {
  const blocks = new PlainBlocks();
  let skipping = 0;
  let title = '';
  const elements = new OpenElements((name) => {
    if (SKIP.has(name)) skipping--;
    if (ENDS_BLOCK.has(name)) blocks.end();
  });
  const append = (text: string) => {
    if (elements.has('title')) title += text;
    else if (skipping === 0) blocks.append(text);
  };
  let tag = '';
  const start = (selfClosing: boolean) => {
    if (tag === 'br') return blocks.lineBreak();
    // Opening may close elements first (a <p> ends the <p> before it), which ends their blocks.
    if (elements.open(tag, selfClosing) && SKIP.has(tag)) skipping++;
    const heading = HEADING.exec(tag);
    if (ENDS_BLOCK.has(tag)) blocks.end(heading ? 'h' : tag === 'li' ? 'li' : 'p', heading ? Number(heading[1]) : undefined);
  };
  const callbacks: TokenizerCallbacks = {
    onopentagname: (from, to) => void (tag = html.slice(from, to).toLowerCase()),
    onopentagend: () => start(false),
    onselfclosingtag: () => start(true),
    onclosetag: (from, to) => elements.close(html.slice(from, to).toLowerCase()),
    ontext: (from, to) => append(html.slice(from, to)),
    ontextentity: (codePoint) => append(String.fromCodePoint(codePoint)),
    onattribdata: ignore,
    onattribentity: ignore,
    onattribend: ignore,
    onattribname: ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onend: ignore,
    onprocessinginstruction: ignore,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  blocks.end();
  let headline = title.replace(/\s+/g, ' ').trim() || null;
  if (!headline && blocks.list[0]?.kind === 'h') headline = blocks.list.shift()!.text;
  return finishArticle({ title: headline, published: null, source: null, author: null, url: null, tags: [], blocks: blocks.list });
}

/** The blocks read so far and the pieces of the one being read; a block's text is joined once, when it ends. */
class PlainBlocks {
  readonly list: Block[] = [];
  private pieces: string[] = [];
  private kind: BlockKind = 'p';
  private level: number | undefined;

  append(text: string): void {
    // Newlines in the source are spaces; only <br> breaks a line.
    this.pieces.push(text.replace(/\s+/g, ' '));
  }

  lineBreak(): void {
    this.pieces.push('\n');
  }

  end(kind: BlockKind = 'p', level?: number): void {
    const text = this.pieces
      .join('')
      .split('\n')
      .map((line) => line.replace(/ +/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (text !== '') this.list.push(this.kind === 'h' ? { kind: 'h', text, level: this.level } : { kind: this.kind, text });
    this.pieces = [];
    this.kind = kind;
    this.level = level;
  }
}
