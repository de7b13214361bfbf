// npm run bench [-- --quick] [-- --keep] [-- --scale 1m] [-- --stories FILE]: one JSON report on stdout, progress on stderr.
// Everything is written to one temp folder, removed at the end unless --keep. --scale N (1m, 200k, 20000) runs
// only the large-library figures, on N generated articles imported a chunk at a time. --stories FILE runs only the
// stories' figures, on a library already built (a kept scale run's): its stories are grouped again by the run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Library } from '../../electron/library/Library';
import { writeCorpus, FILES_PER_FOLDER } from './corpus';
import { importBench, type ImportFigures } from './importBench';
import { picturesOnceBench } from './picturesOnceBench';
import { linearScanBench } from './linearScanBench';
import { memoryBench } from './memoryBench';
import { metadataBench } from './metadataBench';
import { queryBench, type QueryFigures } from './queryBench';
import { rendererBench } from './rendererBench';
import { parseScale, scaleImport, startupBench } from './scaleBench';
import { tableSizes } from './tableSizesBench';
import { mixedImport, scanCost } from './slowFilesBench';
import { versionsBench } from './versionsBench';
import { errorMessage, log, round } from './stats';
import { storiesBench } from './storiesBench';

interface Target {
  figure: number | null;
  unit: string;
  target: string;
  met: boolean;
  note?: string;
}

const argv = process.argv.slice(2);
const args = new Set(argv);
const quick = args.has('--quick');
const scaleAt = argv.indexOf('--scale');
const scale = scaleAt < 0 ? null : parseScale(argv[scaleAt + 1] ?? '');
const storiesAt = argv.indexOf('--stories');
const storiesLibrary = storiesAt < 0 ? null : path.resolve(argv[storiesAt + 1] ?? '');
const SIZES = quick ? { small: 1_000, large: 5_000, queryRuns: 10, rendererRuns: 5 } : { small: 10_000, large: 100_000, queryRuns: 30, rendererRuns: 20 };
const sections: Record<string, unknown> = {};
const targets: Record<string, Target> = {};

/** Runs one section; a failure is recorded with its message and the other sections still run. */
async function section<T>(name: string, run: () => T | Promise<T>): Promise<T | undefined> {
  log(`${name}…`);
  const start = Date.now();
  try {
    const result = await run();
    sections[name] = result;
    log(`${name} done in ${round((Date.now() - start) / 1000, 1)} s`);
    return result;
  } catch (err) {
    sections[name] = { error: errorMessage(err) };
    log(`${name} FAILED: ${errorMessage(err)}`);
    return undefined;
  }
}

function target(name: string, figure: number | null | undefined, unit: string, rule: '>=' | '<=', limit: number, note?: string): void {
  const value = figure ?? null;
  const met = value !== null && Number.isFinite(value) && (rule === '>=' ? value >= limit : value <= limit);
  targets[name] = {
    figure: value,
    unit,
    target: `${rule} ${limit}`,
    met,
    ...(note || value === null ? { note: note ?? 'not measured: see its section' } : {}),
  };
}

/** The other engineers' benches, if their files exist: imported by path so a missing one is a report line, not a crash. */
async function optionalBench(file: string, exported: string): Promise<unknown> {
  const full = path.join(__dirname, file);
  if (!fs.existsSync(full)) return 'not available';
  const run = ((await import(full)) as Record<string, unknown>)[exported];
  if (typeof run !== 'function') return `not available: ${file} does not export ${exported}()`;
  return (await run()) as unknown;
}

function importTargets(figures: ImportFigures | undefined, articles: number): void {
  const label = `import ${articles.toLocaleString('en')} articles`;
  target(`${label}: throughput`, figures?.articlesPerSecond, 'articles/s', '>=', 2000);
  target(`${label}: share of bare FTS5 insert`, figures?.shareOfFloor, 'ratio', '>=', 0.5, figures && `floor ${figures.floor.articlesPerSecond} articles/s`);
}

function parseFigure(parse: unknown, corpusMs: number | undefined): { ms: number | undefined; note: string } {
  const txt = (parse as { txt600Words?: { meanMs?: unknown } } | undefined)?.txt600Words?.meanMs;
  if (typeof txt === 'number') return { ms: txt, note: 'parseBench txt600Words.meanMs' };
  return { ms: corpusMs, note: 'parseArticle on 2,000 files of the bench corpus (parseBench not available)' };
}

/** The figures at the bench's sizes; the million-article ones are the opt-in scale run's. */
async function standardRun(tmp: string, largeFile: string): Promise<void> {
  let library: Library | undefined;
  try {
    const parse = await section('parse', () => optionalBench('parseBench.ts', 'parseBench'));
    await section('entities', () => optionalBench('entitiesBench.ts', 'entitiesBench'));
    const corpus = await section('corpus', () => writeCorpus(path.join(tmp, 'corpus'), SIZES.large));
    // The file list is for the import sections, not the report.
    if (corpus) sections.corpus = { ...corpus, files: undefined, folders: `${corpus.folders.length} folders of ${FILES_PER_FOLDER}` };
    const small = await section(`import${SIZES.small}`, () => {
      if (!corpus) throw new Error('no corpus');
      const folders = corpus.folders.slice(0, SIZES.small / FILES_PER_FOLDER);
      return importBench(path.join(tmp, 'small.sqlite'), folders, corpus.files.slice(0, SIZES.small), path.join(tmp, 'floor.sqlite'));
    });
    fs.rmSync(path.join(tmp, 'small.sqlite'), { force: true });
    importTargets(small, SIZES.small);
    const versions = await section('versions', () => versionsBench());
    target(
      'versions: bytes stored per byte of text, a sentence reworded and a paragraph added',
      versions?.smallEdit.share,
      'ratio',
      '<=',
      0.1,
      versions && `${versions.smallEdit.deflatedAloneShare} deflated alone`,
    );
    const metadata = await section('metadata', () => metadataBench(corpus?.folders ?? [], FILES_PER_FOLDER));
    target('metadata: share of fields right on the stories set', metadata?.stories.overall.share, 'share', '>=', 0.98, 'per field and language in its section');
    const slowScan = await section('slowShapeScan', () => scanCost());
    target('slow-shape scan: share of parse time on ordinary Markdown and HTML (worst)', slowScan?.worstShare, 'ratio', '<=', 0.02);
    const mixed = await section('mixedImport', () => {
      if (!corpus) throw new Error('no corpus');
      return mixedImport(path.join(tmp, 'mixed'), corpus.folders[0]!, quick ? 1 : 3);
    });
    target(
      'import 1,000 articles with 10 slow files among them: time against the 1,000 alone',
      mixed?.ratio,
      '×',
      '<=',
      1.5,
      mixed && `${mixed.mixedSeconds} s against ${mixed.ordinarySeconds} s, median of ${mixed.rounds}; ${mixed.readAsPlainText} read as plain text`,
    );
    const large = await section(`import${SIZES.large}`, () => {
      if (!corpus) throw new Error('no corpus');
      return importBench(largeFile, [path.join(tmp, 'corpus')], corpus.files, path.join(tmp, 'floor.sqlite'));
    });
    importTargets(large, SIZES.large);
    const size = await section('librarySize', () => tableSizes(largeFile));
    target(
      `library file and WAL after importing ${SIZES.large.toLocaleString('en')} articles, against their text`,
      size?.timesText,
      '×',
      '<=',
      1.3,
      size && `${size.fileMB + size.walMB} MB for ${size.textMB} MB of text`,
    );
    const parseMs = parseFigure(parse, large?.parseMsPerArticle ?? small?.parseMsPerArticle);
    target('parse: plain text, 600 words', parseMs.ms, 'ms/article', '<=', 1, parseMs.note);

    if (large) library = await Library.open(largeFile);
    const open = library;
    const queries = await section('query', (): Promise<QueryFigures> => {
      if (!open) throw new Error('no library: the large import failed');
      return queryBench(open, SIZES.queryRuns);
    });
    target(
      'query: results page p95 (worst query)',
      queries?.worstPageP95Ms,
      'ms',
      '<=',
      20,
      queries && `${queries.pageChannel}, ${SIZES.large.toLocaleString('en')} articles`,
    );
    target(
      'query: facet counts p95 (worst query)',
      queries?.worstFacetsP95Ms,
      'ms',
      '<=',
      20,
      queries && (queries.facetsFollowQuery ? `${queries.facetChannel}` : `${queries.facetChannel ?? 'no facet channel'}: does not take the query`),
    );
    target('query: results page p95, first ask after marking read (worst query)', queries?.worstPageFirstAskP95Ms, 'ms', '<=', 20, queries?.firstAsk);
    target('query: facet counts p95, first ask after marking read (worst query)', queries?.worstFacetsFirstAskP95Ms, 'ms', '<=', 20, queries?.firstAsk);
    target('query: results page p95, first ask after a text changed (worst query)', queries?.worstPageAfterTextP95Ms, 'ms', '<=', 20, queries?.afterText);
    target('query: facet counts p95, first ask after a text changed (worst query)', queries?.worstFacetsAfterTextP95Ms, 'ms', '<=', 20, queries?.afterText);
    target('query: results page p95, first ask after an article added (worst query)', queries?.worstPageAfterImportP95Ms, 'ms', '<=', 20, queries?.afterImport);
    target(
      'query: facet counts p95, first ask after an article added (worst query)',
      queries?.worstFacetsAfterImportP95Ms,
      'ms',
      '<=',
      20,
      queries?.afterImport,
    );

    const memory = await section('memory', () => {
      if (!large) throw new Error('no library: the large import failed');
      return memoryBench(largeFile);
    });
    target('memory: resident, library open after queries', memory?.rssMB, 'MB', '<=', 300);
    await section('picturesOnce', () => picturesOnceBench(tmp, target));

    const scan = await section('linearScan', () => {
      if (!large) throw new Error('no library: the large import failed');
      const p50: Record<string, number | undefined> = {};
      for (const [name, q] of Object.entries(queries?.queries ?? {})) if ('page' in q) p50[name] = q.page.p50Ms;
      return linearScanBench(largeFile, p50);
    });
    const slowdowns = Object.values(scan?.queries ?? {}).flatMap((q) => (q.timesSlower === null ? [] : [q.timesSlower]));
    target('linear scan: times slower than the index (least)', slowdowns.length ? Math.min(...slowdowns) : null, '×', '>=', 100);

    await storiesSection('stories', open);

    const renderer = await section('renderer', () => {
      if (!open) throw new Error('no library: the large import failed');
      return rendererBench(open, SIZES.rendererRuns);
    });
    target('renderer: typing a query to results shown, p95', p95(renderer?.queryToResults), 'ms', '<=', 100);
    target('renderer: selecting a row to article shown, p95', p95(renderer?.selectToArticle), 'ms', '<=', 50);
    for (const figure of SCALE_FIGURES) target(`${figure} at 1,000,000 articles`, null, '', '<=', 0, 'opt-in: npm run bench -- --scale 1m');
  } finally {
    library?.close();
  }
}

/** The labelled set's scores, and the time placing an article adds to its import into `large` (a full re-clustering's is in the section). */
async function storiesSection(name: string, large: Library | undefined): Promise<void> {
  const stories = await section(name, () => storiesBench(large));
  target(`${name}: pairwise F1 on the labelled set`, stories?.labelled.f1, 'F1', '>=', 0.9);
  target(`${name}: pairwise precision on the labelled set`, stories?.labelled.precision, 'precision', '>=', 0.95);
  const articles = stories?.libraryArticles?.toLocaleString('en');
  const inImport = stories?.inImport;
  target(
    `${name}: main-thread CPU time placing an article adds to its import`,
    inImport?.addedMs,
    'ms/article',
    '<=',
    0.5,
    inImport
      ? `${articles} articles: ${inImport.files.toLocaleString('en')} new ones imported into copies of it, ${inImport.withPlacementMs} against ${inImport.withoutPlacementMs} ms ` +
          `an article without placing them (medians of ${inImport.rounds}, added ${inImport.addedRangeMs.join('–')} ms); placing alone ${stories.placeCpuMsPerArticle} ms`
      : undefined,
  );
}

/** The stories' figures alone, on a library already built. */
async function storiesRun(file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`--stories expects a library file, and ${file} is not there`);
  const library = await Library.open(file);
  try {
    await storiesSection('stories', library);
  } finally {
    library.close();
  }
}

const SCALE_FIGURES = [
  'import throughput',
  'start-up to the first list',
  'results page p95',
  'facet counts p95',
  'renderer: typing to list p95',
  'resident memory',
];

/** The large-library figures alone, on `count` generated articles imported a chunk at a time. */
async function scaleRun(tmp: string, count: number): Promise<void> {
  const file = path.join(tmp, 'scale.sqlite');
  const label = `scale ${count.toLocaleString('en')} articles`;
  const imported = await section('scaleImport', () => scaleImport(file, tmp, count));
  target(`${label}: import throughput`, imported?.articlesPerSecond, 'articles/s', '>=', 2000);
  target(
    `${label}: import steadiness, last quarter's rate over the first's`,
    imported?.steadiness,
    'ratio',
    '>=',
    0.8,
    imported && `${imported.quarterRates.join(', ')} articles/s`,
  );
  target(`${label}: importing process's resident memory (peak)`, imported?.peakRssMB, 'MB', '<=', 500);
  if (!imported) return;
  const size = await section('scaleLibrarySize', () => tableSizes(file));
  target(
    `${label}: library file and WAL against their text`,
    size?.timesText,
    '×',
    '<=',
    1.3,
    size && `${size.fileMB + size.walMB} MB for ${size.textMB} MB of text`,
  );
  const startup = await section('scaleStartup', () => startupBench(file));
  target(`${label}: start-up to the first list`, startup?.firstListMs, 'ms', '<=', 1000);
  const library = await Library.open(file);
  try {
    const queries = await section('scaleQuery', () => queryBench(library, SIZES.queryRuns));
    target(`${label}: results page p95 (worst query)`, queries?.worstPageP95Ms, 'ms', '<=', 50);
    target(`${label}: results page p95, first ask after marking read (worst query)`, queries?.worstPageFirstAskP95Ms, 'ms', '<=', 50, queries?.firstAsk);
    target(`${label}: results page p95, first ask after a text changed (worst query)`, queries?.worstPageAfterTextP95Ms, 'ms', '<=', 50, queries?.afterText);
    target(
      `${label}: results page p95, first ask after an article added (worst query)`,
      queries?.worstPageAfterImportP95Ms,
      'ms',
      '<=',
      50,
      queries?.afterImport,
    );
    target(`${label}: facet counts p95 (worst query)`, queries?.worstFacetsP95Ms, 'ms', '<=', 100);
    target(`${label}: facet counts p95, first ask after marking read (worst query)`, queries?.worstFacetsFirstAskP95Ms, 'ms', '<=', 100, queries?.firstAsk);
    target(`${label}: facet counts p95, first ask after a text changed (worst query)`, queries?.worstFacetsAfterTextP95Ms, 'ms', '<=', 100, queries?.afterText);
    target(
      `${label}: facet counts p95, first ask after an article added (worst query)`,
      queries?.worstFacetsAfterImportP95Ms,
      'ms',
      '<=',
      100,
      queries?.afterImport,
    );
    const renderer = await section('scaleRenderer', () => rendererBench(library, SIZES.rendererRuns));
    target(`${label}: renderer, typing a query to results shown, p95`, p95(renderer?.queryToResults), 'ms', '<=', 100);
    await storiesSection('scaleStories', library);
  } finally {
    library.close();
  }
  const memory = await section('scaleMemory', () => memoryBench(file));
  target(`${label}: resident memory, library open after queries`, memory?.rssMB, 'MB', '<=', 500);
}

const p95 = (figure: { p95Ms: number } | { error: string } | undefined): number | undefined => (figure && 'p95Ms' in figure ? figure.p95Ms : undefined);

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
  const largeFile = path.join(tmp, 'large.sqlite');
  log(`${quick ? 'quick' : 'full'} run in ${tmp}`);
  const report = {
    date: new Date().toISOString(),
    mode: storiesLibrary !== null ? `stories on ${storiesLibrary}` : scale === null ? (quick ? 'quick' : 'full') : `scale ${scale}`,
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGB: round(os.totalmem() / 1024 ** 3, 1),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageAtStart: os.loadavg().map((n) => round(n)),
    },
    sizes: SIZES,
    targets,
    sections,
  };
  try {
    if (storiesLibrary !== null) await storiesRun(storiesLibrary);
    else if (scale === null) await standardRun(tmp, largeFile);
    else await scaleRun(tmp, scale);
  } finally {
    if (args.has('--keep')) log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify({ ...report, loadAverageAtEnd: os.loadavg().map((n) => round(n)) }, null, 2)}\n`);
}

main().catch((err: unknown) => {
  log(`bench failed: ${errorMessage(err)}`);
  process.exitCode = 1;
});
