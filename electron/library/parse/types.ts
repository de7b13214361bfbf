/** What every format's parser produces: a clean article, ready to be stored and indexed. */

import type { Block } from '../../common/shapes/articleShapes';
import type { PictureFile } from './pictureBytes';

export type { Block, BlockKind, InlineMark, Picture, TableCell } from '../../common/shapes/articleShapes';

export interface ParsedArticle {
  title: string;
  /** YYYY-MM-DD, or null when the text does not say (never invented). */
  published: string | null;
  /** Canonical outlet name (e.g. "BelTA"), or null. */
  source: string | null;
  author: string | null;
  /** Place named in the dateline ("Beijing"), or null. */
  dateline: string | null;
  /** ISO 639-1 code, or null when it cannot be told. */
  language: string | null;
  url: string | null;
  tags: string[];
  /** The body without page furniture, in reading order. The article's plain text is these joined by a blank line. */
  blocks: Block[];
  /** The bytes of the pictures image blocks show (`picture.hash`), read from the file's own folder. */
  pictures?: PictureFile[];
  /** Set when the file was read as plain text instead of by its format's parser: why (the import reports it). */
  readAsPlainText?: string;
}

/** Why a file without a letter or digit to show is refused; parseArticle reads a file its parser found nothing in as plain text first. */
export const NO_TEXT = 'the file has no text';

/** A file that cannot become an article. The message names what is wrong; the importer adds the file name. */
export class ParseError extends Error {
  override name = 'ParseError';
}

/** Plain text of an article: the one definition of the text that offsets (highlights, entity mentions) refer to. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
