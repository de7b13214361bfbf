import type { ExportCounts } from '../../../common/contract/exportsContract';
import type { Highlight } from '../../../common/shapes/highlightShapes';
import type { HighlightColor } from '../../../common/shapes/highlightColors';
import type { ArticleDetail } from '../../../common/shapes/articleShapes';
import type { ExportPicture } from './highlightPictures';

export interface ExportEntities {
  people: string[];
  places: string[];
  organizations: string[];
}

/** One article as every format writes it: its metadata, its own note and tags, and its highlights in text order. */
export interface ExportArticle extends Pick<ArticleDetail, 'id' | 'title' | 'source' | 'author' | 'published' | 'language' | 'url' | 'file'> {
  /** The imported file's SHA-256: with the file path, how an import finds the article in another library. */
  contentHash: string;
  note: string;
  /** When the note was written, or null without one. */
  noteCreated: string | null;
  noteModified: string | null;
  tags: string[];
  entities: ExportEntities;
  /** Placed ones in text order, then the orphaned ones. */
  highlights: Highlight[];
  /** The pictures a highlight takes in, by its id (highlightPictures): Markdown and HTML show them under its quote. */
  pictures: Map<number, ExportPicture[]>;
  /**
   * The body, only for an article whose text holds characters outside the Basic Multilingual Plane, where the
   * W3C position selector (counted in code points) differs from our offsets (counted in UTF-16 units).
   */
  body: string | null;
}

export interface ExportSet {
  articles: ExportArticle[];
  /** What each colour means to the user ("key claim"); '' when unnamed. */
  meanings: Record<HighlightColor, string>;
  /** Says what was exported, for titles: "Everything", "Search: source:TASS". */
  label: string;
  /** ISO time of the export. */
  exported: string;
}

export function countSet(set: ExportSet): ExportCounts {
  return { articles: set.articles.length, highlights: set.articles.reduce((n, a) => n + a.highlights.length, 0) };
}
