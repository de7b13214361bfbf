import type { Database } from 'better-sqlite3';
import { LibraryError } from './LibraryError';
import type { Migration } from './Migration';

/** Refuses a database from a newer Dossier before anything (even a pragma that writes) touches it. Returns its version. */
export function assertKnownVersion(db: Database, file: string, latest: number): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new LibraryError(
      'newer',
      `The library ${file} was written by a newer version of Dossier (schema ${current}; this version knows up to ${latest}). Update Dossier to open it; the file was left untouched.`,
    );
  }
  return current;
}

/**
 * Brings the database to the newest schema, one transaction per migration. True when one of them freed much of the
 * file, which VACUUM (that cannot run inside a transaction) would give back.
 */
export function migrate(db: Database, file: string, migrations: readonly Migration[]): boolean {
  const current = assertKnownVersion(db, file, migrations.length);
  let freed = false;
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      // Another process may have applied it since the version was read: inside the write lock, look again.
      if ((db.pragma('user_version', { simple: true }) as number) >= migration.version) return;
      migration.up(db);
      // user_version cannot be bound as a parameter; the value is our own integer.
      db.pragma(`user_version = ${migration.version}`);
      // A new file has nothing to give back.
      freed ||= migration.vacuum === true && current > 0;
    }).immediate();
  }
  return freed;
}
