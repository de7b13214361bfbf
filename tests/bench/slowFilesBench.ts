import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Library } from '../../electron/library/Library';
import { findSlowShape } from '../../electron/library/parse/findSlowShape';
import { parseArticle } from '../../electron/library/parse/parseArticle';
import { SLOW_FILES } from '../fixtures/slowFiles';
import { corpusArticles } from './corpus';
import { log, round } from './stats';

export interface ScanFigures {
  /** Per format: the scan's time per file against the parse's, on ordinary articles. */
  formats: Record<string, { files: number; kilobytes: number; scanMsPerFile: number; parseMsPerFile: number; share: number }>;
  /** The largest share of parse time the scan adds, over the formats. */
  worstShare: number;
}

const SCAN_SAMPLE = 400;

/** The corpus's Markdown articles, and its articles laid out as saved web pages. */
function ordinaryFiles(): { ext: string; texts: string[] }[] {
  const markdown: string[] = [];
  const html: string[] = [];
  for (const { name, text } of corpusArticles(20 * SCAN_SAMPLE)) {
    if (name.endsWith('.md') && markdown.length < SCAN_SAMPLE) markdown.push(text);
    else if (html.length < SCAN_SAMPLE) html.push(page(text));
    if (markdown.length >= SCAN_SAMPLE && html.length >= SCAN_SAMPLE) break;
  }
  return [
    { ext: '.md', texts: markdown },
    { ext: '.html', texts: html },
  ];
}

function page(text: string): string {
  const [headline = '', ...paragraphs] = text.split('\n\n');
  const body = paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title>
<meta property="og:site_name" content="Xinhua"><script>window.dataLayer = [];</script><style>p { margin: 0 }</style></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><article><h1>${headline}</h1><div class="byline">By A. Reporter</div><div class="content">${body}</div></article>
<aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li></ul></aside></main><footer><p>© Agency</p></footer></body></html>`;
}

/** The fastest of a few passes over the files, the first of which also warms the JIT: other processes only add time. */
function msPerFile(run: () => void, files: number): number {
  let best = Infinity;
  for (let pass = 0; pass < 5; pass++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best / files;
}

/** What the slow-shape scan costs ordinary articles: it runs before every Markdown and HTML parse. */
export function scanCost(): ScanFigures {
  const formats: ScanFigures['formats'] = {};
  for (const { ext, texts } of ordinaryFiles()) {
    const flagged = texts.filter((t) => findSlowShape(ext, t) !== null).length;
    if (flagged > 0) throw new Error(`${flagged} ordinary ${ext} articles taken for slow ones`);
    const bytes = texts.map((t) => Buffer.from(t));
    const scanMs = msPerFile(() => texts.forEach((t) => findSlowShape(ext, t)), texts.length);
    const parseMs = msPerFile(() => bytes.forEach((b) => parseArticle(`a${ext}`, b)), texts.length);
    const kilobytes = bytes.reduce((n, b) => n + b.length, 0) / 1024 / texts.length;
    formats[ext] = {
      files: texts.length,
      kilobytes: round(kilobytes, 1),
      scanMsPerFile: round(scanMs, 4),
      parseMsPerFile: round(parseMs, 3),
      share: round(scanMs / parseMs, 4),
    };
  }
  return { formats, worstShare: Math.max(...Object.values(formats).map((f) => f.share)) };
}

export interface MixedImportFigures {
  ordinaryFiles: number;
  slowFiles: number;
  /** Median over the rounds, each import into a new library. */
  ordinarySeconds: number;
  mixedSeconds: number;
  ratio: number;
  rounds: number;
  readAsPlainText: number;
}

async function importSeconds(dir: string, libraryFile: string): Promise<{ seconds: number; plain: number; files: number }> {
  const library = Library.create(libraryFile);
  try {
    const started = performance.now();
    const results = await library.import([dir]);
    const seconds = (performance.now() - started) / 1000;
    const failed = results.filter((r) => r.status !== 'added');
    if (failed.length > 0) throw new Error(`${failed.length} files not added, the first: ${failed[0]!.file}: ${failed[0]!.error ?? failed[0]!.status}`);
    return { seconds, plain: results.filter((r) => r.readAsPlainText).length, files: results.length };
  } finally {
    library.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(libraryFile + suffix, { force: true });
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * A folder of ordinary articles imported alone, and with the slow files among them: the time one against the
 * other. Rounds alternate, so load from other processes falls on both alike.
 */
export async function mixedImport(tmp: string, ordinaryFolder: string, rounds: number): Promise<MixedImportFigures> {
  const ordinary = path.join(tmp, 'ordinary');
  const mixed = path.join(tmp, 'mixed');
  fs.cpSync(ordinaryFolder, ordinary, { recursive: true });
  fs.cpSync(ordinaryFolder, mixed, { recursive: true });
  const names = fs.readdirSync(ordinary).sort();
  // Spread among the ordinary files, in different batches.
  SLOW_FILES.forEach((s, i) => fs.writeFileSync(path.join(mixed, `${names[Math.floor(((i + 0.5) * names.length) / SLOW_FILES.length)]}-${s.name}`), s.text));
  const alone: number[] = [];
  const withSlow: number[] = [];
  let plain = 0;
  for (let round = 0; round < rounds; round++) {
    log(`  mixed import, round ${round + 1} of ${rounds}`);
    alone.push((await importSeconds(ordinary, path.join(tmp, 'alone.sqlite'))).seconds);
    const run = await importSeconds(mixed, path.join(tmp, 'mixed.sqlite'));
    withSlow.push(run.seconds);
    plain = run.plain;
  }
  return {
    ordinaryFiles: names.length,
    slowFiles: SLOW_FILES.length,
    ordinarySeconds: round(median(alone), 3),
    mixedSeconds: round(median(withSlow), 3),
    ratio: round(median(withSlow) / median(alone), 3),
    rounds,
    readAsPlainText: plain,
  };
}
