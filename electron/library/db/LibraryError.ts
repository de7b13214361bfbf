/** Why a library file cannot be used. Messages always name the file and say what to do. */
export type LibraryErrorCode = 'newer' | 'corrupt' | 'locked' | 'readonly' | 'unavailable' | 'full' | 'backup' | 'exists';

export class LibraryError extends Error {
  override name = 'LibraryError';
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Maps an SQLite failure on `file` to a message a person can act on; other errors pass through unchanged. */
export function explainSqliteError(file: string, err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  // better-sqlite3 reports extended codes (SQLITE_READONLY_DIRECTORY, SQLITE_BUSY_SNAPSHOT…); the primary one decides.
  switch (typeof code === 'string' ? code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1') : code) {
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return new LibraryError(
        'corrupt',
        `The library ${file} is damaged or is not a Dossier library. Restore it from a backup, or choose another library file.`,
      );
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new LibraryError('locked', `The library ${file} is locked by another program. Close the other Dossier window or command and try again.`);
    case 'SQLITE_READONLY':
      return new LibraryError('readonly', `The library ${file} is read-only. Check the permissions of the file and of its folder.`);
    case 'SQLITE_CANTOPEN':
    case 'ENOTDIR':
    case 'EEXIST':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new LibraryError('unavailable', `The library ${file} cannot be opened: its folder is missing or not writable.`);
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return new LibraryError('full', `The disk holding the library ${file} is full. Nothing was written; free some space and try again.`);
    default:
      return err;
  }
}
