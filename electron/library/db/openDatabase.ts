import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupBeforeMigration } from './backupBeforeMigration';
import { explainSqliteError, LibraryError } from './LibraryError';
import { assertKnownVersion, migrate } from './migrate';
import { LATEST_VERSION, migrations } from './migrations';
import { registerTextFunctions } from './textFunctions';

export interface OpenDatabaseOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** How long a statement waits for another connection's lock before failing as "locked". */
  busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/** The native binding each connection was opened with, for the worker threads that open one of their own on its file. */
const bindings = new WeakMap<Database.Database, string | undefined>();

export function nativeBindingOf(db: Database.Database): string | undefined {
  return bindings.get(db);
}

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

/** A connection with the pragmas that change nothing in the file, so a refused library stays byte-identical, and the functions that read articles' bodies. */
function connect(file: string, options: OpenDatabaseOptions): Database.Database {
  let db: Database.Database | undefined;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file, { nativeBinding: options.nativeBinding });
    bindings.set(db, options.nativeBinding);
    db.pragma(`busy_timeout = ${Math.round(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS)}`);
    db.pragma('foreign_keys = ON');
    registerTextFunctions(db);
    return db;
  } catch (err) {
    db?.close();
    throw explainSqliteError(file, err);
  }
}

/**
 * Pages of 16 KB: an article's row (its deflated text, blocks and fields, about 2 KB) leaves on average half a row
 * empty at the end of each page that holds rows, so fewer, larger pages waste less. Measured on 100,000 generated
 * articles: the articles table 232 MB in 8 KB pages (33 MB of it empty), 213 MB in 16 KB (14 MB); in 4 KB pages
 * 40 % of its pages were empty. 32 KB saved 6 MB more there, but an import rewrites whole pages of the indexes it
 * adds to at random: importing 10,000 articles wrote 6.9 GB in 32 KB pages against 4.1 in 16 KB, and cost 13 % more
 * of the writer thread's time (1.87 ms an article against 1.65).
 */
const PAGE_SIZE = 16384;

function upgrade(db: Database.Database, file: string): void {
  // Takes effect on a new file only (and in the VACUUM below): a library's pages keep their size in WAL mode.
  db.pragma(`page_size = ${PAGE_SIZE}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  if (migrate(db, file, migrations)) vacuum(db);
}

/**
 * The file rewritten without the pages a migration freed, in pages of PAGE_SIZE, which only a VACUUM outside WAL mode
 * can change. Another connection open on the library (the CLI beside the app) keeps it in WAL mode, or the VACUUM
 * from running, as a disk without room for the copy VACUUM writes does: the library is whole either way, only larger
 * than it could be, so no SQLite error here keeps it from opening.
 */
function vacuum(db: Database.Database): void {
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.exec('VACUUM');
  } catch (err) {
    if (!(err instanceof Database.SqliteError)) throw err;
  } finally {
    db.pragma('journal_mode = WAL');
  }
}
