import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Library } from '../../electron/library/Library';
import { parseArticle } from '../../electron/library/parse/parseArticle';
import { log, round } from './stats';

export interface ImportFigures {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** How many files ended added, duplicate, error… */
  statuses: Record<string, number>;
  firstErrors: string[];
  libraryMegabytes: number;
  floor: { seconds: number; articlesPerSecond: number; what: string };
  shareOfFloor: number;
  /** parseArticle alone on a sample of the same files, to split the importer's time. */
  parseMsPerArticle: number;
  importMsPerArticle: number;
}

const PARSE_SAMPLE = 2000;

/** The real importer over `folders` (holding `files`) into a new library file, against the bare-insert floor. */
export async function importBench(libraryFile: string, folders: string[], files: string[], floorFile: string): Promise<ImportFigures> {
  const library = Library.create(libraryFile);
  const start = performance.now();
  const results = await library
    .import(folders, ({ done }) => {
      if (done % 10_000 === 0) log(`  imported ${done.toLocaleString()} / ${files.length.toLocaleString()}`);
    })
    .finally(() => library.close());
  const seconds = (performance.now() - start) / 1000;
  const statuses: Record<string, number> = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const firstErrors = results
    .filter((r) => r.status === 'error')
    .slice(0, 3)
    .map((r) => `${r.file}: ${r.error ?? ''}`);

  log(`  floor: bare FTS5 insert of the same ${files.length.toLocaleString()} files`);
  const floorSeconds = bareInsertSeconds(floorFile, files);
  const rate = results.length / seconds;
  const floorRate = files.length / floorSeconds;
  return {
    articles: results.length,
    seconds: round(seconds),
    articlesPerSecond: Math.round(rate),
    statuses,
    firstErrors,
    libraryMegabytes: round(fileMegabytes(libraryFile), 1),
    floor: {
      seconds: round(floorSeconds),
      articlesPerSecond: Math.round(floorRate),
      what: "readFileSync + INSERT of title and text into fts5(title, body, tokenize='unicode61 remove_diacritics 2'), one transaction, WAL, synchronous=NORMAL",
    },
    shareOfFloor: round(rate / floorRate, 3),
    parseMsPerArticle: round(parseMs(files.slice(0, PARSE_SAMPLE)), 3),
    importMsPerArticle: round((seconds * 1000) / results.length, 3),
  };
}

function bareInsertSeconds(dbFile: string, files: string[]): number {
  const db = new Database(dbFile);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec("CREATE VIRTUAL TABLE texts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')");
    const insert = db.prepare('INSERT INTO texts (title, body) VALUES (?, ?)');
    const start = performance.now();
    db.transaction(() => {
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const end = text.indexOf('\n');
        insert.run(text.slice(0, end), text.slice(end + 1));
      }
    })();
    return (performance.now() - start) / 1000;
  } finally {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  }
}

function parseMs(files: string[]): number {
  const inputs = files.map((file) => ({ file, bytes: fs.readFileSync(file) }));
  const start = performance.now();
  for (const { file, bytes } of inputs) parseArticle(file, bytes);
  return (performance.now() - start) / inputs.length;
}

function fileMegabytes(file: string): number {
  const size = (f: string): number => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  return (size(file) + size(`${file}-wal`)) / 1e6;
}
