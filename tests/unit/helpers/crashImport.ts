import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite, { type Database } from 'better-sqlite3';
import { Library } from '../../../electron/library/Library';
import { mulberry32 } from '../../bench/random';
import type { Bundle } from './bundleScripts';
import { runAndKill } from './killChild';
import { libraryProblems, withReadOnly } from './libraryProblems';

/** What crashImport runs, compiled: the CLI, and beside it the parse worker its import starts (ParsePool). */
export const IMPORT_SCRIPTS = ['electron/cli/dossier.ts', 'electron/library/import/parseWorker.ts'];

/** importPaths' BATCH_SIZE: files per transaction, so a crash may keep only multiples of it. */
export const IMPORT_BATCH = 200;

export interface CrashImportOptions {
  /** Holding IMPORT_SCRIPTS. */
  scripts: Bundle;
  dir: string;
  runs: number;
  seed: number;
  /** Files per killed import; each run imports a fresh part of the corpus, so every kill lands on new work. */
  partSize?: number;
  log?: (line: string) => void;
}

export interface CrashImportReport {
  seed: number;
  runs: number;
  /** Runs ended by the SIGKILL rather than by finishing first. */
  killed: number;
  /** Runs after which the library was sound, kept whole batches only and held every annotation unchanged. */
  survived: number;
  problems: string[];
  files: number;
  /** Articles after the last, uninterrupted import of the whole corpus (the annotated articles excluded). */
  finalArticles: number;
  finalExitCode: number | null;
  /** Articles of its part each killed run left in the library. */
  kept: number[];
  annotationBytes: number;
  /** Bytes of annotation rows (as JSON) missing or changed after all the runs. */
  bytesLost: number;
}

/**
 * Imports a generated corpus with the real CLI, killing it with SIGKILL at a random moment in each run, into a
 * library that already holds highlights, notes and tags; checks the library after every kill, then lets a last
 * import run to the end.
 */
export async function crashImport(options: CrashImportOptions): Promise<CrashImportReport> {
  const { scripts, dir, runs, seed, partSize = 3 * IMPORT_BATCH, log = () => {} } = options;
  const cli = scripts.script('dossier');
  const random = mulberry32(seed);
  const corpus = path.join(dir, 'corpus');
  const parts = Array.from({ length: runs + 1 }, (_, p) => writePart(corpus, p, partSize));
  const file = path.join(dir, 'library.sqlite');
  await annotatedLibrary(file, path.join(dir, 'annotated'));
  const before = withReadOnly(file, annotationRows);

  // A kill lands before a run's first commit, or a random part of a batch's time after one of its commits.
  const calibration = new CommitWatch(file, parts[0]!);
  const whole = await runAndKill(cli, ['import', parts[0]!.dir, '--db', file], { ready: () => (calibration.committed(), false), afterMs: 0 });
  calibration.close();
  if (whole.code !== 0) throw new Error(`the uninterrupted import failed: ${whole.stderr}`);
  let { firstCommitMs, batchMs } = calibration.estimates(whole.ms, whole.ms / 3);
  log(`crash import: first commit after ${Math.round(firstCommitMs)} ms, then a batch every ${Math.round(batchMs)} ms`);

  const report: CrashImportReport = {
    seed,
    runs,
    killed: 0,
    survived: 0,
    problems: [],
    files: parts.length * partSize,
    kept: [],
    finalArticles: 0,
    finalExitCode: null,
    annotationBytes: byteLength(before),
    bytesLost: 0,
  };
  for (let run = 1; run <= runs; run++) {
    const part = parts[run]!;
    const commits = Math.floor(random() * (partSize / IMPORT_BATCH));
    const afterMs = Math.round(random() * (commits === 0 ? firstCommitMs : batchMs));
    const watch = new CommitWatch(file, part);
    const outcome = await runAndKill(cli, ['import', part.dir, '--db', file], { ready: () => watch.committed() >= commits, afterMs });
    watch.close();
    ({ firstCommitMs, batchMs } = watch.estimates(firstCommitMs, batchMs));
    if (outcome.killed) report.killed++;
    else if (outcome.code !== 0) report.problems.push(`run ${run}: the import failed on its own: ${outcome.stderr}`);
    const problems = withReadOnly(file, (db) => {
      report.kept.push(countOf(db, part));
      return [...libraryProblems(db), ...wholeBatches(db, parts), ...lostAnnotations(before, db).map(lost)];
    });
    report.problems.push(...problems.map((p) => `run ${run} (killed ${afterMs} ms after commit ${commits}, seed ${seed}): ${p}`));
    if (problems.length === 0) report.survived++;
  }

  const last = await runAndKill(cli, ['import', corpus, '--db', file]);
  report.finalExitCode = last.code;
  withReadOnly(file, (db) => {
    const changed = lostAnnotations(before, db);
    report.bytesLost = byteLength(changed);
    report.finalArticles = parts.reduce((sum, part) => sum + countOf(db, part), 0);
    report.problems.push(...[...libraryProblems(db), ...changed.map(lost)].map((p) => `after the last import: ${p}`));
  });
  return report;
}

interface Part {
  dir: string;
  files: string[];
}

function writePart(corpus: string, part: number, size: number): Part {
  const dir = path.join(corpus, `part-${String(part).padStart(2, '0')}`);
  fs.mkdirSync(dir, { recursive: true });
  const files = Array.from({ length: size }, (_, i) => {
    const n = part * size + i;
    const file = path.join(dir, `r${String(n).padStart(6, '0')}.txt`);
    fs.writeFileSync(file, `Report ${n}\n\nRound ${n} of the talks in Minsk ended without a deal.\n`);
    return file;
  });
  return { dir, files };
}

/** The articles of one part in the library. */
function countOf(db: Database, part: Part): number {
  // Paths under the part's folder sort between "folder/" and "folder0" ("0" follows "/").
  return db.prepare('SELECT count(*) FROM articles WHERE file > ? AND file < ?').pluck().get(`${part.dir}${path.sep}`, `${part.dir}0`) as number;
}

/** Watches a child's import of one part through a read-only connection: how many batches it has committed, and when. */
class CommitWatch {
  private readonly db: Database;
  private readonly started = performance.now();
  private readonly commitTimes: number[] = [];
  private last = 0;

  constructor(
    file: string,
    private readonly part: Part,
  ) {
    this.db = new BetterSqlite(file, { readonly: true, fileMustExist: true });
  }

  committed(): number {
    const count = countOf(this.db, this.part);
    if (count !== this.last) this.commitTimes.push(performance.now() - this.started);
    this.last = count;
    return Math.floor(count / IMPORT_BATCH);
  }

  /** What this run showed of the time to the first commit and between commits, else the estimates so far. */
  estimates(firstCommitMs: number, batchMs: number): { firstCommitMs: number; batchMs: number } {
    const [first, second] = this.commitTimes;
    return { firstCommitMs: first ?? firstCommitMs, batchMs: first !== undefined && second !== undefined ? second - first : batchMs };
  }

  // Closed right after the kill, so the next process, not this one, finds the log the killed one left.
  close(): void {
    this.db.close();
  }
}

/** Each part's imported files must be its first k files with k a whole number of batches (or the whole part). */
function wholeBatches(db: Database, parts: readonly Part[]): string[] {
  const imported = new Set(db.prepare('SELECT file FROM articles').pluck().all() as string[]);
  return parts.flatMap((part) => {
    const k = part.files.filter((f) => imported.has(f)).length;
    const prefix = part.files.slice(0, k).every((f) => imported.has(f));
    return prefix && (k % IMPORT_BATCH === 0 || k === part.files.length) ? [] : [`${path.basename(part.dir)} holds ${k} articles, not whole batches in order`];
  });
}

const ANNOTATED = [
  'Talks in Minsk\n\nAlexander Lukashenko met Xi Jinping in Beijing. The two leaders signed a trade agreement worth $3 billion.',
  'Potash deal\n\nBelarus sold potash to China; officials in Minsk said the deal doubles trade by 2030.',
  'Встреча в Минске\n\nВстреча прошла в Минске. Обсуждалась торговля.',
];

/** A library holding three articles with highlights (one orphaned), notes and tags, written by SQL. */
async function annotatedLibrary(file: string, folder: string): Promise<void> {
  fs.mkdirSync(folder, { recursive: true });
  ANNOTATED.forEach((text, i) => fs.writeFileSync(path.join(folder, `annotated-${i}.txt`), text));
  const library = Library.create(file);
  const ids = (await library.import([folder])).map((r) => r.id!);
  const highlight = library.db.prepare(`INSERT INTO highlights (uuid, article_id, exact, prefix, suffix, start, end, color, note, created_at, updated_at)
    VALUES (?, ?, ?, '', '', ?, ?, ?, ?, '2025-01-03T10:00:00.000Z', '2025-01-04T10:00:00.000Z')`);
  library.db.transaction(() => {
    ids.forEach((id, i) => {
      const body = library.articles.get(id)!.body;
      const exact = body.slice(0, 12);
      highlight.run(
        `7f3e0a52-0000-4000-8000-00000000000${i}`,
        id,
        exact,
        0,
        exact.length,
        ['yellow', 'green', 'purple'][i],
        `Note ${i}: «${exact}»\nsecond line`,
      );
      library.db
        .prepare('INSERT INTO article_notes (article_id, note, created_at, updated_at) VALUES (?, ?, ?, ?)')
        .run(id, `Follow up ${i} — 追踪`, '2025-01-03', '2025-01-05');
    });
    highlight.run('7f3e0a52-0000-4000-8000-0000000000ff', ids[0], 'a sentence edited away', null, null, 'red', 'orphaned, kept');
    library.db.exec(`INSERT INTO tags (name, created_at) VALUES ('Trade', '2025-01-03'), ('Беларусь', '2025-01-03');
      INSERT INTO highlight_tags SELECT h.id, t.id FROM highlights h, tags t;
      INSERT INTO article_tags SELECT a.id, t.id FROM articles a, tags t;`);
  })();
  library.close();
}

const ANNOTATION_TABLES = ['highlights', 'tags', 'highlight_tags', 'article_tags', 'article_notes'];

/** Every annotation row as JSON, so what changed can be measured in bytes. */
function annotationRows(db: Database): string[] {
  return ANNOTATION_TABLES.flatMap((table) =>
    db
      .prepare(`SELECT * FROM ${table} ORDER BY 1, 2`)
      .raw()
      .all()
      .map((row) => `${table} ${JSON.stringify(row)}`),
  );
}

/** Rows of `before` that the library no longer holds unchanged. */
function lostAnnotations(before: readonly string[], db: Database): string[] {
  const kept = new Set(annotationRows(db));
  return before.filter((row) => !kept.has(row));
}

const lost = (row: string) => `annotation missing or changed: ${row}`;
const byteLength = (rows: readonly string[]) => rows.reduce((sum, row) => sum + Buffer.byteLength(row), 0);
