import fs from 'node:fs';
import path from 'node:path';
import { deflateSync, strToU8 } from 'fflate';
import { packVersion, unpackVersion } from '../../electron/library/articles/versionText';
import { round, summarize } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const TEXTS = [
  ...fs.readdirSync(path.join(ROOT, 'seeds')).map((f) => path.join(ROOT, 'seeds', f)),
  ...['russian-belta.txt', 'german-dpa.txt', 'french-afp.txt'].map((f) => path.join(ROOT, 'tests', 'fixtures', 'parse', f)),
];

/** What an update to a news article usually is: a sentence reworded, a paragraph added at the end. */
function smallEdit(paragraphs: readonly string[], round_: number): string[] {
  const mid = Math.floor(paragraphs.length / 2);
  return [
    ...paragraphs.slice(0, mid),
    paragraphs[mid]!.replace(/\s\S+\s/, ` reworded${round_} `),
    ...paragraphs.slice(mid + 1),
    `Update ${round_}: officials said more later.`,
  ];
}

/** A rewrite: every other paragraph's words in another order. */
function rewrite(paragraphs: readonly string[]): string[] {
  return paragraphs.map((p, i) => (i % 2 ? p.split(' ').reverse().join(' ') : p));
}

/**
 * The bytes an earlier version costs, packed against the next version (what the library stores) and deflated alone,
 * against the bytes of its text; and how long packing one and reading the oldest of 20 take.
 */
export function versionsBench() {
  // The first round warms the compiler up; the second is the one reported.
  measure();
  return measure();
}

function measure() {
  const totals = { text: 0, small: 0, smallAlone: 0, rewrite: 0, rewriteAlone: 0 };
  const packMs: number[] = [];
  const readOldestMs: number[] = [];
  for (const file of TEXTS) {
    const text = fs.readFileSync(file, 'utf8');
    const paragraphs = text.split(/\n\s*\n/);
    const bytes = Buffer.byteLength(text);
    const next = smallEdit(paragraphs, 1).join('\n\n');
    const start = performance.now();
    totals.small += packVersion(text, next).length;
    packMs.push(performance.now() - start);
    totals.smallAlone += deflateSync(strToU8(text), { level: 9 }).length;
    totals.rewrite += packVersion(text, rewrite(paragraphs).join('\n\n')).length;
    totals.rewriteAlone += deflateSync(strToU8(text), { level: 9 }).length;
    totals.text += bytes;
    // Twenty versions in a chain, as the library keeps them by default; the oldest is read by unpacking them all.
    let current = paragraphs;
    const chain: Uint8Array[] = [];
    for (let i = 2; i <= 20; i++) {
      const later = smallEdit(current, i);
      chain.push(packVersion(current.join('\n\n'), later.join('\n\n')));
      current = later;
    }
    const readStart = performance.now();
    let body = current.join('\n\n');
    for (const packed of chain.reverse()) body = unpackVersion(packed, body);
    readOldestMs.push(performance.now() - readStart);
    if (body !== paragraphs.join('\n\n')) throw new Error(`${file}: the oldest version did not read back`);
  }
  const share = (n: number) => round(n / totals.text, 3);
  return {
    articles: TEXTS.length,
    textBytes: totals.text,
    smallEdit: { storedBytes: totals.small, share: share(totals.small), deflatedAloneBytes: totals.smallAlone, deflatedAloneShare: share(totals.smallAlone) },
    rewrite: {
      storedBytes: totals.rewrite,
      share: share(totals.rewrite),
      deflatedAloneBytes: totals.rewriteAlone,
      deflatedAloneShare: share(totals.rewriteAlone),
    },
    packMs: summarize(packMs),
    readOldestOf20Ms: summarize(readOldestMs),
  };
}
