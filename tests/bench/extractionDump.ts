/**
 * Everything entity extraction returns for a fixed set of texts, one JSON line per text, so a faster extractor can be
 * checked byte for byte against the one it replaces:
 *   node --import tsx tests/bench/extractionDump.ts [--root <checkout>] [--articles 5000] <out.jsonl>
 * `--root` takes the extractor (and parser) from another checkout, e.g. a copy of main; the inputs always come from
 * this one: generated articles prepared as an import prepares them, every fixture file (prepared, and its raw text in
 * each language the extractor knows), the gold sets and the seeds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { corpusArticles } from './corpus';
import type { extractEntities } from '../../electron/library/entities/extract/extractEntities';
import type { prepareArticle } from '../../electron/library/import/prepareArticle';
import { goldArticles, gold2Articles, seedArticles } from '../fixtures/entities/goldSet';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const root = path.resolve(option('--root') ?? path.join(__dirname, '../..'));
const articles = Number(option('--articles') ?? 5000);
const out = args[0];
if (!out) throw new Error('usage: extractionDump.ts [--root <checkout>] [--articles n] <out.jsonl>');

type Extract = typeof extractEntities;
type Prepare = typeof prepareArticle;

const LANGUAGES = [null, 'en', 'de', 'ru', 'uk', 'fr', 'zh'];

function* fixtureFiles(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* fixtureFiles(p);
    else yield p;
  }
}

async function main(out: string): Promise<void> {
  const { extractEntities } = (await import(path.join(root, 'electron/library/entities/extract/extractEntities.ts'))) as { extractEntities: Extract };
  const { prepareArticle } = (await import(path.join(root, 'electron/library/import/prepareArticle.ts'))) as { prepareArticle: Prepare };
  const fd = fs.openSync(out, 'w');
  let lines = 0;
  const write = (id: string, value: unknown): void => {
    fs.writeSync(fd, `${JSON.stringify({ id, value })}\n`);
    lines++;
  };
  const prepared = (id: string, file: string, bytes: Uint8Array): void => {
    const p = prepareArticle(file, bytes);
    write(id, p.ok ? { language: p.value.article.language, body: p.value.body, entities: p.value.entities } : p);
  };

  for (const a of corpusArticles(articles)) prepared(`corpus/${a.name}`, a.name, Buffer.from(a.text));
  const here = path.join(__dirname, '../..');
  for (const dir of ['tests/fixtures', 'seeds']) {
    for (const file of fixtureFiles(path.join(here, dir))) {
      const rel = path.relative(here, file);
      const bytes = fs.readFileSync(file);
      prepared(rel, file, bytes);
      const text = bytes.toString('utf8');
      for (const l of LANGUAGES) write(`${rel}#raw:${l}`, extractEntities(text, l));
    }
  }
  const gold = { gold: goldArticles(), gold2: gold2Articles(), seeds: seedArticles() };
  for (const [set, list] of Object.entries(gold)) list.forEach((a, i) => write(`${set}/${i}`, extractEntities(a.text, a.language)));
  fs.closeSync(fd);
  console.log(`${lines} lines, ${fs.statSync(out).size} bytes -> ${out}`);
}

void main(out);
