import type { Block } from '../parse/types';
import { deflateText } from '../db/textFunctions';

/** A block as stored: its text is the body's, so only its length is kept beside its structure. */
type StoredBlock = Omit<Block, 'text'> & { length: number };

/** An article's body and blocks as the articles table keeps them, deflated (m015). */
export interface StoredText {
  body: Uint8Array;
  blocks: Uint8Array;
}

/**
 * The body and blocks to store, made where the article is prepared: on a parsing thread when a large import has them,
 * so the thread that writes (and serves the reader) does not deflate them, a tenth of its time per article.
 */
export function storeText(body: string, blocks: readonly Block[]): StoredText {
  return { body: exactCopy(deflateText(body)), blocks: exactCopy(deflateText(storeBlocks(blocks))) };
}

/** zlib's output is a view of a 16 KB buffer, all of which a worker's reply would carry: a copy holds just its bytes. */
const exactCopy = (view: Uint8Array) => new Uint8Array(view);

/** Blocks' texts joined in the body by a blank line, the one definition offsets use (blocksToText). */
const SEPARATOR = '\n\n';

/**
 * The blocks without their texts: the body already holds every word, and storing them twice doubled the library's
 * size (half a gigabyte per 100,000 articles). Blocks that are nothing but the body's paragraphs, as every plain
 * text's are, are stored as nothing at all: cut at its blank lines, the body gives them back (m019).
 */
export function storeBlocks(blocks: readonly Block[]): string {
  if (areParagraphsOfBody(blocks)) return '';
  return JSON.stringify(blocks.map(({ text, ...rest }): StoredBlock => ({ ...rest, length: text.length })));
}

/** The blocks again, their texts cut from the body they were stored with. */
export function readBlocks(stored: string, body: string): Block[] {
  if (stored === '') return body.split(SEPARATOR).map((text) => ({ kind: 'p', text }));
  let at = 0;
  return (JSON.parse(stored) as StoredBlock[]).map(({ length, ...rest }) => {
    const block: Block = { ...rest, text: body.slice(at, at + length) };
    at += length + SEPARATOR.length;
    return block;
  });
}

/** Plain paragraphs that the body, cut at every blank line, gives back exactly: none holds a blank line or is cut at one by its neighbour's newline. */
function areParagraphsOfBody(blocks: readonly Block[]): boolean {
  if (blocks.length === 0 || !blocks.every(isPlainParagraph)) return false;
  const parts = blocks
    .map((b) => b.text)
    .join(SEPARATOR)
    .split(SEPARATOR);
  return parts.length === blocks.length && parts.every((text, i) => text === blocks[i]!.text);
}

/** A paragraph with nothing but its text: no marks, links or other fields that JSON would keep. */
function isPlainParagraph({ text, ...rest }: Block): boolean {
  return JSON.stringify(rest) === '{"kind":"p"}';
}
