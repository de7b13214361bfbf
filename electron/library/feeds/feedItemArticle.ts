import { parseHTML } from 'linkedom';
import { countWords } from '../import/countWords';
import { finishArticle } from '../parse/finishArticle';
import { findSlowShape } from '../parse/findSlowShape';
import { htmlToBlocks } from '../parse/htmlToBlocks';
import { outletName } from '../parse/outlets';
import { parseArticle } from '../parse/parseArticle';
import { readHtmlAsText } from '../parse/readHtmlAsText';
import { NO_TEXT, ParseError, type Block, type ParsedArticle } from '../parse/types';
import type { PictureResolver } from '../parse/localPictures';
import { htmlText } from './htmlText';
import type { FeedEntry } from './readFeed';

/** Fewer words than this, and an item's content is taken for a summary of the article on its page. */
export const SUMMARY_WORDS = 100;

/**
 * Whether an item carries only a summary: no content besides its description, content of fewer than
 * `SUMMARY_WORDS` words, or content that is its description again.
 */
export function carriesOnlySummary(entry: FeedEntry): boolean {
  if (!entry.content) return true;
  const text = squash(htmlText(entry.content));
  if (countWords(text) < SUMMARY_WORDS) return true;
  return entry.summary !== null && squash(htmlText(entry.summary)) === text;
}

/**
 * The article an item's own HTML makes (its content, else its summary), through the same HTML → text blocks
 * reader as saved pages: scripts, styles, media and forms are left out, only http(s) and mailto links are kept,
 * pictures are those `resolve` keeps, and nothing of the markup is stored. The feed's title, author, date and link describe it.
 */
export function entryArticle(entry: FeedEntry, feedTitle: string | null, resolve: PictureResolver): ParsedArticle {
  const html = entry.content ?? entry.summary ?? '';
  const { blocks, readAsPlainText } = itemBlocks(html, entry.url, resolve);
  const article = finishArticle({
    title: entry.title,
    published: entry.published,
    source: feedTitle,
    author: entry.author,
    url: entry.url,
    tags: [],
    blocks,
  });
  return readAsPlainText ? { ...article, readAsPlainText } : article;
}

/** The article of an item's page, extracted by Readability as a saved page is, described by the feed where the feed says. */
export function pageArticle(entry: FeedEntry, feedTitle: string | null, page: Uint8Array, resolve: PictureResolver): ParsedArticle {
  const article = parseArticle('page.html', page, undefined, resolve);
  return {
    ...article,
    title: entry.title ?? article.title,
    author: entry.author ?? article.author,
    published: entry.published ?? article.published,
    source: article.source ?? (feedTitle ? outletName(feedTitle) : null),
    url: entry.url ?? article.url,
  };
}

function itemBlocks(html: string, baseUrl: string | null, resolve: PictureResolver): { blocks: Block[]; readAsPlainText?: string } {
  const slow = findSlowShape('.html', html);
  if (!slow) {
    try {
      const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
      return { blocks: htmlToBlocks(document.body, baseUrl, resolve) };
    } catch (err) {
      // Markup nested thousands deep overflows the stack of a recursive reader: its text is still read.
      if (!(err instanceof RangeError)) throw err;
      return plainBlocks(html, 'its markup is nested too deeply to read');
    }
  }
  return plainBlocks(html, slow);
}

function plainBlocks(html: string, reason: string): { blocks: Block[]; readAsPlainText: string } {
  try {
    return { blocks: readHtmlAsText(html).blocks, readAsPlainText: reason };
  } catch (err) {
    if (err instanceof ParseError && err.message === NO_TEXT) return { blocks: [], readAsPlainText: reason };
    throw err;
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
