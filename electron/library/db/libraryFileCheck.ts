import fs from 'node:fs';
import { LibraryError } from './LibraryError';

/**
 * A check that the library file is still the one that was opened. SQLite goes on reading and writing an open file
 * after it was moved or deleted (on Linux and macOS), so without it a deleted library would seem to work, and
 * everything written to it would be lost at the next start.
 */
export function libraryFileCheck(file: string): () => void {
  const opened = identityOf(file);
  return () => {
    if (opened === null || identityOf(file) === opened) return;
    throw new LibraryError(
      'unavailable',
      `The library ${file} was moved, deleted or replaced while Dossier had it open. Put the file back to go on; nothing is saved until then.`,
    );
  };
}

function identityOf(file: string): string | null {
  try {
    const { dev, ino } = fs.statSync(file);
    return `${dev}:${ino}`;
  } catch {
    return null;
  }
}
