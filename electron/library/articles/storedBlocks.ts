import type { Block } from '../parse/types';

/** A block as stored: its text is the body's, so only its length is kept beside its structure. */
type StoredBlock = Omit<Block, 'text'> & { length: number };

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
