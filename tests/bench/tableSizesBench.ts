import fs from 'node:fs';
import Database from 'better-sqlite3';
import { registerTextFunctions } from '../../electron/library/db/textFunctions';
import { round } from './stats';

export interface TableSizes {
  /** The library file and its WAL, as they are once the import has ended and the library is closed. */
  fileMB: number;
  walMB: number;
  /** Titles and bodies in UTF-8: what the library holds to be searched and read. */
  textMB: number;
  /** (file + WAL) / text. */
  timesText: number;
  articles: number;
  /** Each table with its indexes (a full-text index with its shadow tables), largest first, in MB and in bytes per byte of text. */
  tables: Record<string, { MB: number; perTextByte: number; unusedMB: number; parts: Record<string, number> }>;
  what: string;
}

const MB = 1e6;

/** Where each b-tree of the file belongs: an index to its table, a full-text index's shadow tables to the index. */
const OWNER_SQL = `SELECT s.name AS part, CASE WHEN m.type = 'table' AND v.name IS NOT NULL THEN v.name ELSE m.tbl_name END AS owner,
    sum(s.pgsize) AS bytes, sum(s.unused) AS unused
  FROM dbstat s JOIN sqlite_master m ON m.name = s.name
  LEFT JOIN sqlite_master v ON v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\'
  GROUP BY s.name`;

/** The size of the library file and of each table in it (SQLite's dbstat), against the text it holds. */
export function tableSizes(libraryFile: string): TableSizes {
  const size = (f: string): number => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  const fileBytes = size(libraryFile);
  const walBytes = size(`${libraryFile}-wal`);
  const db = new Database(libraryFile, { readonly: true });
  registerTextFunctions(db);
  try {
    const { text, articles } = db
      .prepare('SELECT coalesce(sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB))), 0) AS text, count(*) AS articles FROM articles')
      .get() as { text: number; articles: number };
    const tables: Record<string, { MB: number; unusedMB: number; parts: Record<string, number> }> = {};
    for (const { part, owner, bytes, unused } of db.prepare(OWNER_SQL).all() as { part: string; owner: string; bytes: number; unused: number }[]) {
      const table = (tables[owner] ??= { MB: 0, unusedMB: 0, parts: {} });
      table.MB += bytes / MB;
      table.unusedMB += unused / MB;
      table.parts[part] = round(bytes / MB, 1);
    }
    const sorted = Object.entries(tables)
      .sort(([, a], [, b]) => b.MB - a.MB)
      .map(
        ([name, t]) => [name, { ...t, MB: round(t.MB, 1), perTextByte: text > 0 ? round((t.MB * MB) / text, 3) : 0, unusedMB: round(t.unusedMB, 1) }] as const,
      );
    return {
      fileMB: round(fileBytes / MB, 1),
      walMB: round(walBytes / MB, 1),
      textMB: round(text / MB, 1),
      timesText: text > 0 ? round((fileBytes + walBytes) / text, 2) : 0,
      articles,
      tables: Object.fromEntries(sorted),
      what: 'dbstat page sizes per b-tree, indexes under their table and full-text shadow tables under their index; unused: free bytes inside those pages',
    };
  } finally {
    db.close();
  }
}
