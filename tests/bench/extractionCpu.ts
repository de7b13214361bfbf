/**
 * CPU per article of entity extraction, and of preparing an article as a whole, for two versions of the code run in turns
 * in one process, so that the machine's other load falls on both alike:
 *   node --import tsx tests/bench/extractionCpu.ts --old <dir> [--new <dir>] [--first old|new] [--articles 3000] [--rounds 7]
 * A dir is a checkout (its TypeScript is run) or a compiled `electron` folder such as dist/electron (its JavaScript, as the
 * app runs it); `--new` defaults to this checkout. Texts: generated articles, as an import reads them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { corpusArticles } from './corpus';
import type { extractEntities } from '../../electron/library/entities/extract/extractEntities';
import type { prepareArticle } from '../../electron/library/import/prepareArticle';

type Extract = typeof extractEntities;
type Prepare = typeof prepareArticle;
interface Version {
  extractEntities: Extract;
  prepareArticle: Prepare;
}

const args = process.argv.slice(2);
const option = (name: string, otherwise?: string): string => {
  const i = args.indexOf(name);
  const value = i >= 0 ? args[i + 1] : otherwise;
  if (value === undefined) throw new Error(`${name} is needed`);
  return value;
};

async function load(dir: string): Promise<Version> {
  const source = fs.existsSync(path.join(dir, 'electron/library'));
  const file = (rel: string): string => (source ? path.join(dir, 'electron', `${rel}.ts`) : path.join(dir, `${rel}.js`));
  const { extractEntities } = (await import(file('library/entities/extract/extractEntities'))) as { extractEntities: Extract };
  const { prepareArticle } = (await import(file('library/import/prepareArticle'))) as { prepareArticle: Prepare };
  return { extractEntities, prepareArticle };
}

/** Microseconds of CPU (user and system) per call of `run` over all the inputs. */
function cpu<T>(inputs: readonly T[], run: (input: T) => unknown): number {
  const before = process.cpuUsage();
  for (const input of inputs) run(input);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / inputs.length;
}

const summary = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[s.length >> 1]!.toFixed(1)} µs (${s[0]!.toFixed(1)}–${s.at(-1)!.toFixed(1)})`;
};

const ratioSummary = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[s.length >> 1]!.toFixed(3)} (${s[0]!.toFixed(3)}–${s.at(-1)!.toFixed(3)})`;
};

async function main(): Promise<void> {
  // The version loaded second runs slower (by a tenth, seen with one version loaded twice), so the order is a choice
  // (--first new), and a comparison is run both ways.
  const dirs = { old: path.resolve(option('--old')), new: path.resolve(option('--new', path.join(__dirname, '../..'))) };
  const first = option('--first', 'old') === 'new' ? 'new' : 'old';
  const loaded = { [first]: await load(dirs[first]) };
  const versions = first === 'old' ? { old: loaded.old!, new: await load(dirs.new) } : { old: await load(dirs.old), new: loaded.new! };
  const articles = Number(option('--articles', '3000'));
  const rounds = Number(option('--rounds', '7'));
  const files = [...corpusArticles(articles)].map((a) => ({ name: a.name, bytes: Buffer.from(a.text) }));
  const bodies = files.flatMap((f) => {
    const p = versions.old.prepareArticle(f.name, f.bytes);
    return p.ok ? [{ body: p.value.body, language: p.value.article.language }] : [];
  });
  const times = { extract: { old: [] as number[], new: [] as number[] }, prepare: { old: [] as number[], new: [] as number[] } };
  // The first round warms both versions up and is not counted; after it, which goes first alternates.
  for (let r = 0; r <= rounds; r++) {
    for (const v of r % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
      const extract = cpu(bodies, (b) => versions[v].extractEntities(b.body, b.language));
      const prepare = cpu(files, (f) => versions[v].prepareArticle(f.name, f.bytes));
      if (r > 0) {
        times.extract[v].push(extract);
        times.prepare[v].push(prepare);
      }
    }
  }
  for (const stage of ['extract', 'prepare'] as const) {
    const ratio = times[stage].new.map((n, i) => n / times[stage].old[i]!);
    console.log(`${stage}: old ${summary(times[stage].old)}, new ${summary(times[stage].new)}; new/old per round ${ratioSummary(ratio)}`);
  }
}

void main();
