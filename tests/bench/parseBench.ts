import { performance } from 'node:perf_hooks';
import { MAX_ARTICLE_BYTES, parseArticle } from '../../electron/library/parse/parseArticle';

const WORDS = (
  'the president said that cooperation between the two countries continues to develop in trade industry science ' +
  'education and culture while officials from both sides met in the capital on monday to discuss new projects ' +
  'including a logistics hub a research centre and additional flights which are expected to raise exports'
).split(' ');

/** Deterministic prose: the same articles on every run, so figures are comparable. */
function prose(words: number, seed: number): string[] {
  const paragraphs: string[] = [];
  let x = seed;
  for (let left = words; left > 0; left -= 60) {
    const sentence: string[] = [];
    for (let i = 0; i < Math.min(60, left); i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      sentence.push(WORDS[x % WORDS.length]!);
    }
    const text = sentence.join(' ');
    paragraphs.push(`${text[0]!.toUpperCase()}${text.slice(1, 180)}. ${text.slice(181, 182).toUpperCase()}${text.slice(182)}.`);
  }
  return paragraphs;
}

const ARTICLE_WORDS = 600;

function txt(seed: number): string {
  const [lead = '', ...rest] = prose(ARTICLE_WORDS, seed);
  return [
    ` date 2025-09-03 Officials discuss new projects number ${seed}`,
    `BEIJING, Sept. 2 (Xinhua) -- ${lead}`,
    ...rest.slice(0, 4),
    'New projects ahead',
    ...rest.slice(4),
    '(Web editor: A. Editor)',
    'Follow us',
    'Most Popular',
    'Another story',
  ].join('\n\n');
}

function md(seed: number): string {
  const paragraphs = prose(ARTICLE_WORDS, seed).map((p, i) =>
    i % 3 === 1 ? p.replace(' the ', ' **the** ').replace(' and ', ' [and](https://example.org/) ') : p,
  );
  return `---\ntitle: Article ${seed}\ndate: 2025-09-03\nsource: BELTA\ntags: [a, b]\n---\n\n${paragraphs.slice(0, 4).join('\n\n')}\n\n## Sub-heading\n\n- item one\n- item two\n\n${paragraphs.slice(4).join('\n\n')}\n`;
}

function html(seed: number): string {
  const body = prose(ARTICLE_WORDS, seed)
    .map((p) => `<p>${p.replace(' the ', ' <em>the</em> ')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>Article ${seed}</title><meta property="og:site_name" content="Xinhua"><meta property="article:published_time" content="2025-09-03T10:00:00Z"><script>var x = 1;</script></head><body><nav><a href="/">Home</a></nav><article><h1>Article ${seed}</h1>${body}</article><footer>Footer</footer></body></html>`;
}

function measure(ext: string, make: (seed: number) => string, runs: number): Record<string, number> {
  const inputs = Array.from({ length: runs }, (_, i) => Buffer.from(make(i), 'utf8'));
  for (const bytes of inputs.slice(0, 20)) parseArticle(`warmup${ext}`, bytes);
  const times = inputs.map((bytes) => {
    const start = performance.now();
    parseArticle(`article${ext}`, bytes);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { meanMs: round(mean), p95Ms: round(times[Math.floor(times.length * 0.95)]!), runs };
}

function largeText(): Record<string, number> {
  const paragraphs: string[] = [];
  let size = 0;
  for (let seed = 0; size < MAX_ARTICLE_BYTES - 2048; seed++) {
    const p = prose(60, seed)[0]!;
    paragraphs.push(p);
    size += p.length + 2;
  }
  const bytes = Buffer.from(paragraphs.join('\n\n').slice(0, MAX_ARTICLE_BYTES), 'utf8');
  const start = performance.now();
  const article = parseArticle('large.txt', bytes);
  return { ms: round(performance.now() - start), megabytes: round(bytes.length / 1024 / 1024), blocks: article.blocks.length };
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Parse cost per generated 600-word article in each format, and for one text file near the size limit. */
export async function parseBench(): Promise<Record<string, unknown>> {
  return {
    txt600Words: measure('.txt', txt, 500),
    md600Words: measure('.md', md, 200),
    html600Words: measure('.html', html, 200),
    txt20MB: largeText(),
  };
}
