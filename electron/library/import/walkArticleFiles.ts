import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE_EXTENSIONS } from '../parse/parseArticle';

// A folder import picks up only article files; a file named explicitly is always tried, so its error is reported.
const PICKED = new Set(ARTICLE_EXTENSIONS);

export type WalkEntry = { file: string } | { file: string; error: string };

/**
 * Yields the article files under each path, depth first, in a stable order, without reading them.
 * Hidden files and folders are skipped; a missing path or an unreadable folder becomes one error entry.
 */
export function* walkArticleFiles(paths: readonly string[]): Generator<WalkEntry> {
  for (const input of paths) {
    const file = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch (err) {
      yield { file, error: describeFsError(err, 'no such file or folder') };
      continue;
    }
    if (stat.isDirectory()) yield* walkFolder(file);
    else yield { file };
  }
}

function* walkFolder(folder: string): Generator<WalkEntry> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (err) {
    yield { file: folder, error: describeFsError(err, 'the folder cannot be read') };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(full);
    else if (entry.isFile() && PICKED.has(path.extname(entry.name).toLowerCase())) yield { file: full };
  }
}

export function describeFsError(err: unknown, fallback: string): string {
  switch ((err as { code?: string }).code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return fallback;
  }
}
