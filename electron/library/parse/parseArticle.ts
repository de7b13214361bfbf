import path from 'node:path';
import { decodeText } from './decodeText';
import { findSlowShape } from './findSlowShape';
import { parseHtml } from './parseHtml';
import { parseMarkdown } from './parseMarkdown';
import { parseText } from './parseText';
import { readPlainText } from './readPlainText';
import { localPictures, type PictureResolver } from './localPictures';
import { NO_TEXT, ParseError, type ParsedArticle } from './types';

/** Larger files are not articles; the importer checks the size before reading a file. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;
export const TOO_LARGE = `the file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`;

const PARSERS: Record<string, (text: string, resolve: PictureResolver) => ParsedArticle> = {
  '.txt': parseText,
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
  '.html': parseHtml,
  '.htm': parseHtml,
};

/** File extensions (lower case, with the dot) that `parseArticle` reads. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(PARSERS);

/**
 * Turns a file's bytes into an article, choosing the parser by the file's extension. A file of a shape that
 * parser would take far too long over (findSlowShape), or given a reason to (`readAsPlainText`: the parse ran out
 * of its time), is read as plain text instead, and says why. Pictures are read from the file's own folder, unless
 * `resolve` (a page fetched from the web: remotePictures) finds them.
 */
export function parseArticle(file: string, bytes: Uint8Array, readAsPlainText?: string, resolve?: PictureResolver): ParsedArticle {
  const ext = path.extname(file).toLowerCase();
  const parser = PARSERS[ext];
  if (!parser) throw new ParseError(`files of type "${ext || 'without extension'}" are not supported`);
  if (bytes.length > MAX_ARTICLE_BYTES) throw new ParseError(TOO_LARGE);
  if (bytes.length === 0) throw new ParseError('the file is empty');
  const text = decodeText(bytes);
  if (text.trim() === '') throw new ParseError(NO_TEXT);
  const slow = readAsPlainText ?? findSlowShape(ext, text);
  if (slow) return plain(ext, text, slow);
  const local = resolve ? null : localPictures(file);
  try {
    const article = parser(text, resolve ?? local!.resolve);
    if (!local) return article;
    // Only the pictures an image block shows: one the page's furniture held, dropped with it, is not kept.
    const shown = new Set(article.blocks.flatMap((b) => (b.picture?.hash ? [b.picture.hash] : [])));
    return { ...article, pictures: local.pictures.filter((p) => shown.has(p.hash)) };
  } catch (err) {
    // The libraries under the HTML and Markdown parsers (linkedom, Readability, marked) throw their own errors on
    // some malformed markup and overflow the stack on markup nested thousands deep: the file's text is still read.
    // A file its parser found no title or body in (every line taken for a header, byline or page furniture) still
    // holds text: read as it stands, it is refused only if even then it shows no letter or digit.
    if (err instanceof ParseError && err.message === NO_TEXT) return plain(ext, text, 'none of its lines read as an article’s title or body');
    if (err instanceof ParseError) throw err;
    if (err instanceof RangeError) return plain(ext, text, 'its markup is nested too deeply to read');
    return plain(ext, text, `its markup could not be read (${err instanceof Error ? err.message : String(err)})`);
  }
}

function plain(ext: string, text: string, reason: string): ParsedArticle {
  return { ...readPlainText(ext, text), readAsPlainText: reason };
}
