import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../../electron/library/db/migrate';
import type { Migration } from '../../../electron/library/db/Migration';
import { migrations } from '../../../electron/library/db/migrations';
import { tempDir } from './tempLibrary';

/**
 * A library file as the build before `migration` left it, holding what `statements` write (an article, a highlight):
 * what a migration's test then opens with the current build.
 */
export function libraryBefore(migration: Migration, ...statements: string[]): string {
  const file = path.join(tempDir(), 'before.sqlite');
  const db = new Database(file);
  try {
    migrate(db, file, migrations.slice(0, migrations.indexOf(migration)));
    for (const sql of statements) db.prepare(sql).run();
  } finally {
    db.close();
  }
  return file;
}
