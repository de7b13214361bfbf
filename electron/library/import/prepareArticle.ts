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

/**
 * The prepared file as a parse worker sends it: the writer takes the blocks from `stored`, deflated already. Sent as
 * objects too, they were a third of what the main thread received for each article (8.5 of 24 KB of heap), all of it
 * kept from arrival until its batch is written, long enough to reach the old generation: without them, what the main
 * thread allocated that outlived a young collection fell from 137–153 to 101–105 MB over 4,000 articles (two runs each).
 */
export function withoutBlocks(prepared: Prepared): Prepared {
  return prepared.ok ? { ok: true, value: { ...prepared.value, article: { ...prepared.value.article, blocks: [] } } } : prepared;
}
