import { parse as parseYaml, stringify } from 'yaml';
import type { ArticleDetail } from '../../../common/shapes/articleShapes';
import type { HighlightColor } from '../../../common/shapes/highlightColors';
import type { Block } from '../../parse/types';
import type { ExportArticle } from '../formats/exportTypes';
import { highlightBlock, paragraphs } from '../formats/markdownExport';
import type { PictureResolver } from '../../parse/localPictures';
import { blocksToMarkdown, markdownToBlocks } from './blocksMarkdown';

/** Where an article's reading stands, as the library keeps it. */
export interface ReadingFields {
  read: string | null;
  starred: boolean;
  progress: number | null;
  archived: string | null;
  trashed: string | null;
}

/** Everything a library export's Markdown file says about its article, as its front matter holds it. */
export interface LibraryFrontMatter {
  title: string;
  source: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  dateline: string | null;
  tags: string[];
  entities: ExportArticle['entities'];
  reading: ReadingFields;
  waiting: { url: string; excerpt: string; since: string } | null;
  imported: string;
  updated: string;
  /** The file it was imported from, and that file's SHA-256: how the article is known again, here and by annotations.json. */
  file: string;
  sha256: string;
}

/** The line between the article's text and its notes: the text escapes `<`, so never holds it. */
const NOTES = '<!-- dossier:notes -->';

/**
 * One article of a library export: YAML front matter with all its metadata and reading state, its whole text, then
 * its note and highlights as the notes export writes them.
 */
export function libraryArticleMarkdown(
  front: LibraryFrontMatter,
  detail: Pick<ArticleDetail, 'paragraphs'>,
  article: ExportArticle,
  meanings: Record<HighlightColor, string>,
): string {
  const parts = [`---\n${stringify(front, { lineWidth: 0 })}---`];
  if (detail.paragraphs.length > 0) parts.push(blocksToMarkdown(detail.paragraphs));
  parts.push(NOTES);
  if (article.note) parts.push('## Note', paragraphs(article.note));
  if (article.highlights.length > 0) parts.push('## Highlights', ...article.highlights.map((h) => highlightBlock(h, meanings)));
  return `${parts.join('\n\n')}\n`;
}

/** The front matter and blocks of a file `libraryArticleMarkdown` wrote; null for any other file. */
export function readLibraryArticle(source: string, resolve?: PictureResolver): { front: LibraryFrontMatter; blocks: Block[] } | null {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source.replace(/\r\n?/g, '\n'));
  if (!match) return null;
  const front = parseYaml(match[1]!) as Partial<LibraryFrontMatter> | null;
  if (!front || typeof front.title !== 'string' || typeof front.sha256 !== 'string' || typeof front.file !== 'string' || !front.reading) return null;
  const rest = source.replace(/\r\n?/g, '\n').slice(match[0].length);
  const end = rest.indexOf(`\n${NOTES}`);
  const body = (end === -1 ? rest : rest.slice(0, end)).replace(/^\n+/, '').replace(/\n+$/, '');
  return { front: front as LibraryFrontMatter, blocks: markdownToBlocks(body, resolve) };
}
