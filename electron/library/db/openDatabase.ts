import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { explainSqliteError } from './LibraryError';
import { assertKnownVersion, migrate } from './migrate';
import { LATEST_VERSION, migrations } from './migrations';

export interface OpenDatabaseOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
}

/** Opens (creating if needed) the library file, sets the pragmas every connection needs and migrates it. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  let db: Database.Database | undefined;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file, { nativeBinding: options.nativeBinding });
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    assertKnownVersion(db, file, LATEST_VERSION);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db, file, migrations);
    return db;
  } catch (err) {
    db?.close();
    throw explainSqliteError(file, err);
  }
}
