import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { Library } from '../../../electron/library/Library';
import { mulberry32 } from '../../bench/random';
import type { Bundle } from './bundleScripts';
import { BURST_CUE, burstHighlight, burstNumber } from './burstHighlight';
import { runAndKill } from './killChild';
import { libraryProblems, withReadOnly } from './libraryProblems';

/** What crashHighlights runs, compiled. */
export const BURST_SCRIPTS = ['tests/unit/helpers/highlightBurst.ts'];

export interface CrashHighlightsOptions {
  /** Holding BURST_SCRIPTS. */
  scripts: Bundle;
  dir: string;
  runs: number;
  seed: number;
  /** The kill comes this long at most after the child starts writing. */
  maxKillMs?: number;
}

export interface CrashHighlightsReport {
  seed: number;
  runs: number;
  killed: number;
  /** Runs after which the library was sound and held highlights 0..n-1, each whole. */
  survived: number;
  problems: string[];
  highlights: number;
}

/**
 * Adds highlights one transaction after another through the domain API in a child process, killed with SIGKILL
 * at a random moment in each run; after each kill every highlight must be whole (row, tags, search index) or absent,
 * and those present must be the first n written, since each was committed before the next began.
 */
export async function crashHighlights(options: CrashHighlightsOptions): Promise<CrashHighlightsReport> {
  const { scripts, dir, runs, seed, maxKillMs = 300 } = options;
  const random = mulberry32(seed);
  const file = path.join(dir, 'highlights.sqlite');
  const articleFile = path.join(dir, 'article.txt');
  const paragraph = 'Alexander Lukashenko met Xi Jinping in Beijing and the two leaders signed a trade agreement. ';
  fs.writeFileSync(articleFile, `Talks in Beijing\n\n${Array.from({ length: 30 }, () => paragraph.repeat(4)).join('\n\n')}`);
  const library = Library.create(file);
  const [imported] = await library.import([articleFile]);
  const articleId = imported!.id!;
  const body = library.articles.get(articleId)!.body;
  library.close();

  const report: CrashHighlightsReport = { seed, runs, killed: 0, survived: 0, problems: [], highlights: 0 };
  for (let run = 1; run <= runs; run++) {
    const afterMs = Math.round(random() * maxKillMs);
    const outcome = await runAndKill(scripts.script('highlightBurst'), [file, String(articleId)], { ready: (stdout) => stdout.includes(BURST_CUE), afterMs });
    if (outcome.killed) report.killed++;
    if (!outcome.stdout.includes(BURST_CUE)) report.problems.push(`run ${run}: the burst never started: ${outcome.stderr}`);
    const problems = withReadOnly(file, (db) => [...libraryProblems(db), ...burstProblems(db, articleId, body)]);
    report.problems.push(...problems.map((p) => `run ${run} (killed ${afterMs} ms into the burst, seed ${seed}): ${p}`));
    if (problems.length === 0) report.survived++;
  }
  // Last, through the app's own opening, which recovers the log of the last kill, and FTS5's own consistency check.
  const reopened = await Library.open(file);
  try {
    reopened.db.prepare("INSERT INTO highlights_fts(highlights_fts) VALUES ('integrity-check')").run();
    report.highlights = reopened.annotations.highlights.forArticle(articleId).length;
  } catch (err) {
    report.problems.push(`after the runs: ${String(err)}`);
  } finally {
    reopened.close();
  }
  return report;
}

interface StoredHighlight {
  id: number;
  exact: string;
  start: number;
  end: number;
  color: string;
  note: string;
  tags: string | null;
  indexed: number;
}

function burstProblems(db: Database, articleId: number, body: string): string[] {
  const rows = db
    .prepare(
      `SELECT h.id, h.exact, h.start, h.end, h.color, h.note,
        (SELECT group_concat(name, ',') FROM (SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = h.id ORDER BY t.name)) AS tags,
        (SELECT count(*) FROM highlights_fts_docsize d WHERE d.id = h.id) AS indexed
      FROM highlights h WHERE h.article_id = ? ORDER BY h.id`,
    )
    .all(articleId) as StoredHighlight[];
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const n = burstNumber(row.note);
    if (n !== i) {
      problems.push(`highlight ${row.id} is burst number ${n}, expected ${i}: a committed highlight is missing or a note is damaged`);
      return;
    }
    const want = burstHighlight(n, body.length);
    const whole =
      row.start === want.start &&
      row.end === want.end &&
      row.exact === body.slice(want.start, want.end) &&
      row.color === want.color &&
      row.note === want.note &&
      row.tags === [...want.tags].sort().join(',') &&
      row.indexed === 1;
    if (!whole) problems.push(`highlight ${row.id} (burst ${n}) is not whole: ${JSON.stringify({ ...row, note: `${row.note.slice(0, 40)}…` })}`);
  });
  const indexed = db.prepare('SELECT count(*) FROM highlights_fts_docsize').pluck().get() as number;
  if (indexed !== rows.length) problems.push(`the search index holds ${indexed} highlights, the table ${rows.length}`);
  return problems;
}
