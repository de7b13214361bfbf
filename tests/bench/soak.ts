// npm run soak [-- --quick]: one JSON report on stdout of what the reliability tests check, at greater length:
// processes killed while writing, fuzz cases per parser, the hostile corpus, bytes lost, and parse times.
// Exit status 1 when any figure shows a failure. Everything is written to one temp folder, removed at the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { Library } from '../../electron/library/Library';
import { MAX_ARTICLE_BYTES, parseArticle } from '../../electron/library/parse/parseArticle';
import { blocksToText } from '../../electron/library/parse/types';
import { hiddenCode, hostileCases } from '../fixtures/hostileCorpus';
import { bundleScripts } from '../unit/helpers/bundleScripts';
import { BURST_SCRIPTS, crashHighlights } from '../unit/helpers/crashHighlights';
import { crashImport, IMPORT_SCRIPTS } from '../unit/helpers/crashImport';
import { growth, MAX_GROWTH, SHAPES, SMALL_CHARS } from '../unit/helpers/parseGrowth';
import { PARSER_PROPERTIES } from '../unit/helpers/parserFuzz';
import { annotate, queryProperty } from '../unit/helpers/queryFuzz';
import { errorMessage, log, round } from './stats';

const quick = process.argv.includes('--quick');
const CRASH_RUNS = quick ? 5 : 25;
const FUZZ_RUNS = quick ? 200 : 2000;
/** A 20 MB file must parse within this many milliseconds per megabyte: linear, with room for a slow machine. */
const LARGE_FILE_MS_PER_MB = { '.txt': 250, '.html': 1500 };

interface FuzzFigure {
  tried: number;
  failed: boolean;
  counterexample?: string;
  error?: string;
}

function fuzz(property: fc.IProperty<unknown[]>, numRuns: number): FuzzFigure {
  const details = fc.check(property, { numRuns });
  if (!details.failed) return { tried: details.numRuns, failed: false };
  return {
    tried: details.numRuns,
    failed: true,
    counterexample: JSON.stringify(details.counterexample).slice(0, 300),
    error: errorMessage(details.errorInstance).split('\n')[0],
  };
}

/** The query language against a real library: the seed articles with highlights, notes and tags. */
async function queryFuzz(dir: string): Promise<FuzzFigure> {
  const library = Library.create(path.join(dir, 'query.sqlite'));
  try {
    await library.import([path.join(__dirname, '..', '..', 'seeds')]);
    return fuzz(queryProperty(annotate(library)), FUZZ_RUNS);
  } finally {
    library.close();
  }
}

/** Each hostile file parsed: blocked when no hidden code became text and every link and the URL are http(s). */
function hostileFigures(): { cases: number; blocked: number; failures: string[] } {
  const failures = hostileCases().flatMap((c) => {
    try {
      const article = parseArticle(c.file, Buffer.from(c.source));
      const text = blocksToText(article.blocks);
      const leaked = hiddenCode(c.source).filter((code) => text.includes(code));
      const links = article.blocks.flatMap((b) => (b.marks ?? []).map((m) => m.href).filter((href) => href !== undefined && !/^https?:\/\/[^/]/.test(href)));
      const url = article.url !== null && !/^https?:\/\//.test(article.url) ? [article.url] : [];
      return [...leaked.map((code) => `${c.file}: code became text: ${code}`), ...[...links, ...url].map((href) => `${c.file}: unsafe link ${href}`)];
    } catch (err) {
      return [`${c.file}: ${errorMessage(err)}`];
    }
  });
  const cases = hostileCases().length;
  return { cases, blocked: cases - new Set(failures.map((f) => f.split(':')[0])).size, failures };
}

const PARAGRAPH = 'The president said that cooperation between the two countries continues to develop in trade, industry, science and education. ';

/** Parse time of a file just under the 20 MB limit, of ordinary paragraphs. */
function largeFile(ext: '.txt' | '.html'): Record<string, unknown> {
  const count = Math.floor((MAX_ARTICLE_BYTES - 4096) / (PARAGRAPH.length * 3 + 40));
  const paragraphs = Array.from({ length: count }, (_, i) => `${PARAGRAPH.repeat(3)}(${i})`);
  const text =
    ext === '.txt'
      ? `Large file\n\n${paragraphs.join('\n\n')}`
      : `<!doctype html><html><head><title>Large file</title></head><body><article><h1>Large file</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
  const bytes = Buffer.from(text);
  const started = performance.now();
  const article = parseArticle(`large${ext}`, bytes);
  const ms = performance.now() - started;
  const megabytes = bytes.length / 1024 / 1024;
  const boundMs = Math.round(LARGE_FILE_MS_PER_MB[ext] * megabytes);
  return { megabytes: round(megabytes), ms: Math.round(ms), boundMs, met: ms <= boundMs, blocks: article.blocks.length };
}

function growthFigures(): Record<string, unknown>[] {
  return SHAPES.map((shape) => {
    try {
      const g = growth(shape, shape.chars ?? SMALL_CHARS, 2);
      return {
        shape: `${shape.ext} ${shape.name}`,
        chars: g.chars,
        smallMs: round(g.smallMs),
        largeMs: round(g.largeMs),
        ratio: round(g.ratio, 1),
        max: MAX_GROWTH,
        met: g.ratio <= MAX_GROWTH,
      };
    } catch (err) {
      return { shape: `${shape.ext} ${shape.name}`, met: false, error: errorMessage(err).split('\n')[0] };
    }
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-soak-'));
  const scripts = bundleScripts([...IMPORT_SCRIPTS, ...BURST_SCRIPTS]);
  try {
    const seed = Date.now() % 2 ** 31;
    const dir = (name: string) => {
      const sub = path.join(tmp, name);
      fs.mkdirSync(sub);
      return sub;
    };
    log(`killing imports and highlight bursts ${CRASH_RUNS} times each (seed ${seed})…`);
    const [imports, highlights] = await Promise.all([
      crashImport({ scripts, dir: dir('import'), runs: CRASH_RUNS, seed, log }),
      crashHighlights({ scripts, dir: dir('highlights'), runs: CRASH_RUNS, seed }),
    ]);
    log(`fuzzing the parsers and the query language (${FUZZ_RUNS} cases each)…`);
    const fuzzCases = {
      ...Object.fromEntries(
        Object.entries(PARSER_PROPERTIES).map(([parser, property]) => [parser, fuzz(property, parser === 'html' ? FUZZ_RUNS / 2 : FUZZ_RUNS)]),
      ),
      query: await queryFuzz(dir('query')),
    };
    log('hostile corpus, growth of parse time, 20 MB files…');
    const hostile = hostileFigures();
    const parseGrowth = growthFigures();
    const parse20MB = { text: largeFile('.txt'), html: largeFile('.html') };
    const report = {
      crashRuns: {
        survived: imports.survived + highlights.survived,
        of: imports.runs + highlights.runs,
        import: {
          survived: imports.survived,
          of: imports.runs,
          killed: imports.killed,
          keptPerRun: imports.kept,
          finalArticles: imports.finalArticles,
          files: imports.files,
          problems: imports.problems,
        },
        highlights: {
          survived: highlights.survived,
          of: highlights.runs,
          killed: highlights.killed,
          highlights: highlights.highlights,
          problems: highlights.problems,
        },
        seed,
      },
      fuzzCases,
      hostile,
      bytesLost: imports.bytesLost,
      annotationBytesKept: imports.annotationBytes - imports.bytesLost,
      parse20MB,
      parseGrowth,
      seconds: Math.round((performance.now() - started) / 1000),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    const failed =
      report.crashRuns.survived < report.crashRuns.of ||
      imports.finalArticles !== imports.files ||
      report.bytesLost > 0 ||
      Object.values(fuzzCases).some((f) => f.failed) ||
      hostile.failures.length > 0 ||
      !parse20MB.text.met ||
      !parse20MB.html.met ||
      parseGrowth.some((g) => !g.met);
    process.exitCode = failed ? 1 : 0;
  } finally {
    scripts.remove();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`soak: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 2;
});
