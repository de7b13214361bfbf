import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { LibraryError } from './LibraryError';

/** Backups kept beside a library, of its newest schema versions: each is a whole copy of the library. */
export const KEPT_BACKUPS = 2;

/** `/x/library.sqlite` at schema 3 → `/x/library.v3-backup.sqlite`. */
export function backupFileFor(file: string, version: number): string {
  const { dir, name } = path.parse(file);
  return path.join(dir, `${name}.v${version}-backup.sqlite`);
}

/**
 * Copies the library at schema `version` beside it before a migration changes it. The copy goes through SQLite's
 * online backup API, which reads a consistent snapshot page by page, and is written under a temporary name first,
 * so a backup file never holds half a copy. Throws a LibraryError naming the backup file if it cannot be written.
 */
export async function backupBeforeMigration(db: Database, file: string, version: number): Promise<string> {
  const backup = backupFileFor(file, version);
  const partial = `${backup}.partial`;
  try {
    fs.rmSync(partial, { force: true });
    await db.backup(partial);
    fs.renameSync(partial, backup);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    const reason = err instanceof Error ? err.message : String(err);
    throw new LibraryError(
      'backup',
      `Dossier could not write the backup ${backup} before upgrading the library ${file} (${reason}). The library was not changed; free some disk space or make its folder writable, then try again.`,
    );
  }
  pruneBackups(file);
  return backup;
}

/** Keeps the KEPT_BACKUPS backups of the newest schema versions. */
function pruneBackups(file: string): void {
  // Resolved, because a bare file name parses to an empty folder, which cannot be listed.
  const { dir, name } = path.parse(path.resolve(file));
  const prefix = `${name}.v`;
  const suffix = '-backup.sqlite';
  const versions = fs
    .readdirSync(dir)
    .filter((entry) => entry.startsWith(prefix) && entry.endsWith(suffix))
    .map((entry) => entry.slice(prefix.length, -suffix.length))
    .filter((version) => /^\d+$/.test(version))
    .map(Number)
    .sort((a, b) => b - a);
  for (const old of versions.slice(KEPT_BACKUPS)) fs.rmSync(backupFileFor(file, old), { force: true });
}
