import type { Block } from '../../library/parse/types';

/** An article as lists show it. */
export interface ArticleSummary {
  id: number;
  title: string;
  source: string | null;
  author: string | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
  language: string | null;
  wordCount: number;
  file: string;
  /** The start of the body, for the list's first line. */
  excerpt: string;
}

/** An article as the reader shows it. `body` is the plain text that offsets refer to. */
export interface ArticleDetail extends ArticleSummary {
  dateline: string | null;
  url: string | null;
  paragraphs: Block[];
  body: string;
  importedAt: string;
  updatedAt: string;
}

export type ArticleSort = 'published-desc' | 'published-asc' | 'imported-desc' | 'title-asc';

export interface ListArticlesOptions {
  limit: number;
  offset: number;
  source?: string | null;
  sort?: ArticleSort;
}
