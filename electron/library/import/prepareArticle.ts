import { extractEntities, type Extraction } from '../entities/extract/extractEntities';
import { parseArticle } from '../parse/parseArticle';
import { blocksToText, ParseError, type ParsedArticle } from '../parse/types';
import { countWords } from './countWords';
import { storeText, type StoredText } from '../articles/storedBlocks';
import { articleSignature } from '../stories/minHash';

/** Everything the importer writes for a file that is not already in the library, computed from its bytes alone. */
export interface PreparedArticle {
  article: ParsedArticle;
  /** The plain text that entity offsets (and highlights) refer to. */
  body: string;
  wordCount: number;
  entities: Extraction;
  /** The body and blocks as stored, deflated by whichever thread prepares the article. */
  stored: StoredText;
  /** Its words' MinHash (articleSignature), which placing it in a story compares: hashed here, off the main thread. */
  signature: Uint16Array;
}

/** A file that parsed, or why it did not (the message the import reports for it). */
export type Prepared = { ok: true; value: PreparedArticle } | { ok: false; error: string };

/**
 * Parsing and entity extraction, the CPU-heavy part of an import, which needs no database and so can run on a
 * worker thread. `readAsPlainText`: read the file as plain text, for this reason.
 */
export function prepareArticle(file: string, bytes: Uint8Array, readAsPlainText?: string): Prepared {
  try {
    return { ok: true, value: prepareParsed(parseArticle(file, bytes, readAsPlainText)) };
  } catch (err) {
    if (err instanceof ParseError) return { ok: false, error: err.message };
    throw err;
  }
}

/** What is written for an article already parsed: its text, word count, entities and signature. */
export function prepareParsed(article: ParsedArticle): PreparedArticle {
  const body = blocksToText(article.blocks);
  return {
    article,
    body,
    wordCount: countWords(`${article.title}\n${body}`),
    entities: extractEntities(body, article.language),
    stored: storeText(body, article.blocks),
    signature: articleSignature(article.title, body),
  };
}
