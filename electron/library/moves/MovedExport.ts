import type { HighlightColor } from '../../common/shapes/highlightColors';

/** The apps whose exports Dossier reads, each recognised by its content. */
export type MovedApp = 'pocket' | 'instapaper' | 'omnivore' | 'readwise';

/** A highlight another app kept: its quote, to be found in the article's text. */
export interface MovedHighlight {
  quote: string;
  note: string;
  color: HighlightColor;
  tags: string[];
  /** ISO time, or null when the export does not say. */
  created: string | null;
  /** What tells this highlight apart in its export (the other app's id, else its place): the same on every import. */
  key: string;
}

/** One saved article of another app, in the terms the library stores. */
export interface MovedItem {
  /** What identifies the article in its export when it has no address (Omnivore's id, a book's title and author). */
  key: string;
  url: string | null;
  title: string | null;
  author: string | null;
  tags: string[];
  /** When it was saved there (ISO), or null. */
  added: string | null;
  /** Read (or archived) there; null when the export does not say. */
  read: boolean | null;
  starred: boolean;
  /** How far it was read, 0..1, or null. */
  progress: number | null;
  /** A passage the app kept with the entry (Instapaper's selection). */
  excerpt: string;
  /** The saved page, when the export holds it. */
  page: string | null;
  highlights: MovedHighlight[];
  /** Highlights without an address match their article by title (and author): Readwise's books and articles. */
  matchByTitle: boolean;
}

export interface MovedExport {
  app: MovedApp;
  items: MovedItem[];
}

/** An item with nothing set but what the reader found. */
export function movedItem(fields: Partial<MovedItem> & Pick<MovedItem, 'key'>): MovedItem {
  return {
    url: null,
    title: null,
    author: null,
    tags: [],
    added: null,
    read: null,
    starred: false,
    progress: null,
    excerpt: '',
    page: null,
    highlights: [],
    matchByTitle: false,
    ...fields,
  };
}

/** A time another app wrote (Unix seconds, or a date string) as ISO, or null when it is none. */
export function isoTime(value: unknown): string | null {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,11}$/.test(value.trim()))) {
    const date = new Date(Number(value) * 1000);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (typeof value !== 'string' || value.trim() === '') return null;
  // "2024-05-01 10:20:30" (Readwise, our own CSV) is UTC.
  const text = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(value.trim()) ? `${value.trim().replace(' ', 'T')}Z` : value.trim();
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A list of tags written as "a,b", "a|b" or a JSON-ish array, without empty ones. */
export function splitTags(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,|]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}
