import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupBeforeMigration } from './backupBeforeMigration';
import { explainSqliteError, LibraryError } from './LibraryError';
import { assertKnownVersion, migrate } from './migrate';
import { LATEST_VERSION, migrations } from './migrations';

export interface OpenDatabaseOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** How long a statement waits for another connection's lock before failing as "locked". */
  busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the library file, creating it if needed, and brings it to the newest schema. A library that holds an
 * older schema is first copied beside itself (backupBeforeMigration); if that copy cannot be written nothing is
 * migrated. Asynchronous because SQLite's backup API runs step by step on the event loop in better-sqlite3.
 */
export async function openDatabase(file: string, options: OpenDatabaseOptions = {}): Promise<Database.Database> {
  const db = connect(file, options);
  try {
    const version = assertKnownVersion(db, file, LATEST_VERSION);
    if (version > 0 && version < LATEST_VERSION) await backupBeforeMigration(db, file, version);
    upgrade(db, file);
    return db;
  } catch (err) {
    db.close();
    throw explainSqliteError(file, err);
  }
}

/** Makes a new library at `file`, which must not exist. Synchronous: a new file has nothing to back up. */
export function createDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  if (fs.existsSync(file)) throw new LibraryError('exists', `Cannot create a library at ${file}: the file already exists. Open it instead.`);
  const db = connect(file, options);
  try {
    upgrade(db, file);
    return db;
  } catch (err) {
    db.close();
    throw explainSqliteError(file, err);
  }
}

/** A connection with the pragmas that change nothing in the file, so a refused library stays byte-identical. */
function connect(file: string, options: OpenDatabaseOptions): Database.Database {
  let db: Database.Database | undefined;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file, { nativeBinding: options.nativeBinding });
    db.pragma(`busy_timeout = ${Math.round(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS)}`);
    db.pragma('foreign_keys = ON');
    return db;
  } catch (err) {
    db?.close();
    throw explainSqliteError(file, err);
  }
}

function upgrade(db: Database.Database, file: string): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrate(db, file, migrations);
}
