import fs from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../common/contract/importsContract';

/** A file sent by the browser: its name (with folders, for a dropped folder) and its bytes in base64. */
export interface Upload {
  name: string;
  data: string;
}

// Characters that are invalid in a file name on Windows, macOS or Linux, and control characters.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const UNSAFE = /[<>:"|?*\u0000-\u001f\\]/g;

/** The upload's relative path made safe: no absolute paths, no `..`, no characters a file system refuses. */
export function safeRelativePath(name: string): string | null {
  const parts = name
    .split(/[\\/]+/)
    .map((p) => p.replace(UNSAFE, '_').trim().slice(0, 200))
    .filter((p) => p !== '' && p !== '.' && p !== '..');
  return parts.length > 0 ? path.join(...parts) : null;
}

/** Uploads kept on disk: each saved path with the browser's name for it, and the files that could not be kept. */
export interface SavedUploads {
  saved: Map<string, string>;
  errors: ImportResult[];
}

/**
 * Browser mode cannot hand the server a path, so uploaded files are kept in the library's own folder
 * (an article is identified by its path, so uploading the same name again updates it) and imported from there.
 */
export function saveUploads(folder: string, uploads: readonly Upload[]): SavedUploads {
  const saved = new Map<string, string>();
  const errors: ImportResult[] = [];
  for (const upload of uploads) {
    const relative = safeRelativePath(upload.name);
    if (!relative) {
      errors.push({ file: upload.name, status: 'error', error: 'the file name is empty or not allowed' });
      continue;
    }
    const target = path.join(folder, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, Buffer.from(upload.data, 'base64'));
    saved.set(target, upload.name);
  }
  return { saved, errors };
}
