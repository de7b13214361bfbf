import { parseArticle } from '../../../electron/library/parse/parseArticle';
import { ParseError } from '../../../electron/library/parse/types';

/** Characters in the smaller input, unless the shape says otherwise. */
export const SMALL_CHARS = 2000;
/**
 * How many times larger the second input is. Linear work takes about this many times longer, quadratic its square.
 * Wide on purpose: a collection that falls in the large runs and not the small ones can alone multiply the ratio by
 * five, which at 4× made linear work look quadratic now and then.
 */
export const GROWTH_FACTOR = 16;
/** The most that time may grow by with the input GROWTH_FACTOR times larger (n^1.75): room for n log n and noise, not for n². */
export const MAX_GROWTH = 128;

export interface Shape {
  name: string;
  ext: string;
  /** About `chars` characters of the shape. */
  make: (chars: number) => string;
  /** Characters in the smaller input, where the usual size would take too long. */
  chars?: number;
}

const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));

/** Inputs that make naive parsers backtrack, rescan or recurse once per level. */
export const SHAPES: Shape[] = [
  { name: 'one long line', ext: '.txt', make: (n) => `Title\n\n${repeat('word ', n)}` },
  { name: 'many short lines', ext: '.txt', make: (n) => `Title\n\n${repeat('a line\n', n)}` },
  { name: 'blank lines', ext: '.txt', make: (n) => `Title\n\nx${repeat('\n \n', n)}end` },
  { name: 'page furniture', ext: '.txt', make: (n) => `Title\n\n${repeat('Most Popular\n\nHome\n\n', n)}` },
  {
    name: 'abbreviations in the lead',
    ext: '.txt',
    make: (n) => repeat('BEIJING, Sept. 2 (Xinhua) -- ', n),
  },
  { name: 'unclosed brackets', ext: '.md', make: (n) => `x ${repeat('[a](', n)}` },
  { name: 'unmatched asterisks', ext: '.md', make: (n) => `x ${repeat('*a ', n)}` },
  {
    name: 'unmatched underscores',
    ext: '.md',
    // marked rescans the rest of the paragraph for every unmatched delimiter (markedjs/marked#4099): read as plain text.
    make: (n) => `x ${repeat('_a', n)}`,
  },
  {
    name: 'nested block quotes',
    ext: '.md',
    make: (n) => `x\n${repeat('> ', n)}a`,
  },
  { name: 'front matter keys', ext: '.md', make: (n) => `---\n${Array.from({ length: Math.ceil(n / 8) }, (_, i) => `k${i}: v`).join('\n')}\n---\nbody` },
  { name: 'many links', ext: '.md', make: (n) => `x ${repeat('[a](https://example.org/) ', n)}` },
  {
    name: 'escaped characters in one paragraph',
    ext: '.md',
    // marked writes each as an entity and linkedom makes each a text node; the DOM walk once reread its block after each.
    make: (n) => `x ${repeat('">', n)}`,
  },
  {
    name: 'deeply nested blocks',
    ext: '.html',
    // Readability grows about as the cube of the depth (800 levels of <div> take over 10 s): read as plain text.
    make: (n) => `<!doctype html><html><body>${repeat('<div>', n)}text`,
    chars: 1000,
  },
  {
    name: 'deeply nested inline tags',
    ext: '.html',
    make: (n) => `<body><p>${repeat('<b><i>', n)}x`,
  },
  { name: 'unclosed paragraphs', ext: '.html', make: (n) => `<body>${repeat('<p>a ', n)}` },
  { name: 'entities in one paragraph', ext: '.html', make: (n) => `<body><p>${repeat('a&lt;', n)}` },
  { name: 'line breaks in one paragraph', ext: '.html', make: (n) => `<body><p>${repeat('a<br>', n)}` },
  { name: 'links', ext: '.html', make: (n) => `<body><p>${repeat('<a href="https://example.org/">a</a> ', n)}` },
  { name: 'paragraphs', ext: '.html', make: (n) => `<body><article>${repeat('<p>Some words in a paragraph here.</p>', n)}` },
];

export interface Growth {
  /** Characters in the smaller input. */
  chars: number;
  smallMs: number;
  largeMs: number;
  ratio: number;
}

/**
 * Each timing repeats the parse until it lasts this long, so that timer noise and a stray GC do not decide. The
 * inputs stay small on purpose: at megabytes, garbage collection of the parsers' intermediate strings, not their
 * algorithms, would set the ratio.
 */
const MIN_TIMED_MS = 20;

/** This process's CPU time: unlike the clock, it does not count the time other processes had the cores. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The fastest of a few timings, in CPU time: other processes only ever add time, and on a loaded machine a lot of it. */
export function fastestMs(run: () => void, tries: number): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const started = cpuMs();
    run();
    best = Math.min(best, cpuMs() - started);
  }
  return best;
}

function parse(ext: string, text: string): void {
  try {
    parseArticle(`a${ext}`, Buffer.from(text));
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
  }
}

/** Parse time of the shape at `chars` characters, and at GROWTH_FACTOR times that. */
export function growth(shape: Shape, chars: number, tries = 3): Growth {
  return growthOf((text) => parse(shape.ext, text), shape.make, chars, tries);
}

/** Time `run` takes on `make(chars)` and on GROWTH_FACTOR times that. */
export function growthOf(run: (text: string) => void, make: (chars: number) => string, chars: number, tries = 3): Growth {
  const small = make(chars);
  const large = make(chars * GROWTH_FACTOR);
  const runTimes = (text: string, times: number) => () => {
    for (let i = 0; i < times; i++) run(text);
  };
  let repeats = 1;
  // The first rounds also warm the JIT, so the first timing is not the slowest.
  while (fastestMs(runTimes(small, repeats), 1) < MIN_TIMED_MS) repeats *= 2;
  const smallMs = fastestMs(runTimes(small, repeats), tries) / repeats;
  const largeMs = fastestMs(runTimes(large, repeats), tries) / repeats;
  return { chars, smallMs, largeMs, ratio: largeMs / smallMs };
}
