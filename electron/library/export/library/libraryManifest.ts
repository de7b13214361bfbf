import fs from 'node:fs';
import path from 'node:path';

/** What a library export's manifest says it is; an import recognises the folder by this file's content. */
export const LIBRARY_FORMAT = 'dossier-library';
export const LIBRARY_VERSION = 1;
export const MANIFEST = 'dossier-library.json';

export interface LibraryManifest {
  format: typeof LIBRARY_FORMAT;
  version: number;
  exported: string;
  /** The articles' Markdown files, relative to the folder. */
  articles: string[];
  /** W3C Web Annotation JSON of every highlight, note and tag. */
  annotations: string;
  /** OPML of the feeds. */
  feeds: string;
  /** The review's schedule (absent from exports made before the review). */
  review?: string;
  /** The earlier versions of changed articles, and the version each highlight was made on (absent from exports made before versions). */
  versions?: string;
  /** The user's story corrections (absent from exports made before stories). */
  stories?: string;
}

/** The manifest of the library export in `folder`, or null when the folder holds none (or another file by that name). */
export function readLibraryManifest(folder: string): LibraryManifest | null {
  let json: unknown;
  try {
    if (!fs.statSync(folder).isDirectory()) return null;
    json = JSON.parse(fs.readFileSync(path.join(folder, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
  const m = json as Partial<LibraryManifest> | null;
  if (m?.format !== LIBRARY_FORMAT || !Array.isArray(m.articles) || typeof m.annotations !== 'string') return null;
  if (typeof m.version !== 'number' || m.version > LIBRARY_VERSION) return null;
  return m as LibraryManifest;
}
