import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { registerTextFunctions } from '../../electron/library/db/textFunctions';
import { QUERIES } from './queryBench';
import { round, summarize } from './stats';

/** The text queries a scan can answer as the index does; operators need metadata, so they are left out. */
const SCANNED = ['oneWord', 'twoWords', 'phrase', 'prefix', 'facetHeavy'] as const;
const RUNS = 3;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface ScanFigures {
  loadSeconds: number;
  textsMegabytes: number;
  queries: Record<string, { query: string; matches: number; p50Ms: number; indexP50Ms: number | null; timesSlower: number | null }>;
}

interface Term {
  text: string;
  prefix: boolean;
}

/** The query's words and phrases, lower-cased, each phrase with single spaces as the texts have within paragraphs. */
function termsOf(query: string): Term[] {
  return (query.match(/"[^"]*"\*?|\S+/g) ?? []).map((raw) => ({
    text: raw
      .replace(/^"|"?\*?$/g, '')
      .trim()
      .replace(/\s+/g, ' ')
      .toLowerCase(),
    prefix: raw.endsWith('*'),
  }));
}

/** indexOf, then a whole-word check: much faster in V8 than a Unicode regex with lookarounds. */
function contains(text: string, { text: term, prefix }: Term): boolean {
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
    if (i > 0 && WORD_CHAR.test(text.charAt(i - 1))) continue;
    const end = i + term.length;
    if (!prefix && end < text.length && WORD_CHAR.test(text.charAt(end))) continue;
    return true;
  }
  return false;
}

/** The floor the index must beat: the same queries answered by testing every article's text in JS. */
export function linearScanBench(libraryFile: string, indexP50: Record<string, number | undefined>): ScanFigures {
  const db = new Database(libraryFile, { readonly: true });
  registerTextFunctions(db);
  const loadStart = performance.now();
  // Lower-cased once, up front, as a scanning app would keep them; row by row, since 100,000 articles are most
  // of a gigabyte as JS strings. Whitespace is left alone: a regex replace over them all exhausted V8's heap,
  // and inside a paragraph the words are already separated by single spaces.
  const texts: string[] = [];
  try {
    const rows = db.prepare("SELECT title || ' ' || body FROM articles").pluck().iterate() as IterableIterator<string>;
    for (const text of rows) texts.push(text.toLowerCase());
  } finally {
    db.close();
  }
  const figures: ScanFigures = {
    loadSeconds: round((performance.now() - loadStart) / 1000),
    textsMegabytes: round(texts.reduce((n, t) => n + t.length, 0) / 1e6, 1),
    queries: {},
  };
  for (const name of SCANNED) {
    const query = QUERIES[name] ?? '';
    const terms = termsOf(query);
    let matches = 0;
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      matches = 0;
      for (const text of texts) if (terms.every((t) => contains(text, t))) matches++;
      times.push(performance.now() - start);
    }
    const p50Ms = summarize(times).p50Ms;
    const index = indexP50[name] ?? null;
    figures.queries[name] = { query, matches, p50Ms, indexP50Ms: index, timesSlower: index ? round(p50Ms / index, 1) : null };
  }
  return figures;
}
