import Database from 'better-sqlite3';
import { registerTextFunctions } from '../../../electron/library/db/textFunctions';

/**
 * Runs `read` on the library opened read-only, so a write-ahead log left by a killed process stays for the next
 * process to recover, as it would after a real crash.
 */
export function withReadOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // SQLite's integrity check reads the articles' virtual columns, as every reader does, through these.
  registerTextFunctions(db);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** What SQLite finds wrong with a library: its integrity and its foreign keys. */
export function libraryProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const orphans = db.pragma('foreign_key_check') as unknown[];
  if (orphans.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(orphans.slice(0, 3))}`);
  return problems;
}
