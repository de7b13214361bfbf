import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Migration } from '../../../electron/library/db/Migration';
import { LATEST_VERSION } from '../../../electron/library/db/migrations';
import { registerTextFunctions } from '../../../electron/library/db/textFunctions';
import { Exports } from '../../../electron/library/export/Exports';
import { Library } from '../../../electron/library/Library';
import { HOSTILE_DIR } from '../../fixtures/hostileCorpus';
import { SEEDS, tempDir } from './tempLibrary';

/** Texts that any byte-level slip would change: astral characters, combining marks, right-to-left, CJK, a long text, none. */
export const AWKWARD_TEXTS: [string, string][] = [
  ['Emoji and astral', 'Talks 🤝 in 𝐌𝐢𝐧𝐬𝐤 ended; 𠀀 is an ideograph of plane 2.'],
  ['Combining marks', 'Lukaschénko and Lukasche\u0301nko met in Mu\u0308nchen.'],
  ['Right to left', 'المحادثات في مينسك انتهت. השיחות במינסק הסתיימו.'],
  ['习近平会见普京', '中国国家主席习近平在北京会见俄罗斯总统普京。双方讨论了贸易问题。'],
  ['Long', Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of the potash talks, sentence ${i * 7}.`).join('\n\n')],
  ['Empty', ''],
];

/** The seeds, the hostile pages and AWKWARD_TEXTS as files (an empty text as a short one), with one highlight: what a migration's reader test imports. */
export async function importAwkward(library: Library): Promise<void> {
  const unicode = path.join(tempDir(), 'unicode');
  fs.mkdirSync(unicode);
  AWKWARD_TEXTS.forEach(([title, body], i) => fs.writeFileSync(path.join(unicode, `u${i}.txt`), `${title}\n\n${body || 'Short.'}\n`));
  await library.import([SEEDS, HOSTILE_DIR, unicode]);
  const first = library.db.prepare("SELECT id FROM articles WHERE body LIKE '%the %' ORDER BY id LIMIT 1").pluck().get() as number;
  library.annotations.highlights.create(first, { quote: 'the', occurrence: 2 }, { color: 'yellow', note: 'a note', tags: [] });
}

/** Everything a reader sees of the articles: results pages with snippets and marks, the articles with their entities, exports in every text format. */
export function readerView(library: Library): unknown {
  const queries = ['talks', 'the', '"the president"', 'minsk OR berlin', 'pot*', '-the', 'hx*', 'source:reuters the', 'sort:title', '', '习近平', '普京'];
  const exports = new Exports(library);
  const ids = library.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
  return {
    pages: queries.map((q) => library.search.query(q, 100, 0)),
    articles: ids.map((id) => library.articles.get(id)),
    entities: ids.map((id) => library.entities.read.forArticle(id)),
    // A JSON export names itself anew each time, and when it was made.
    exports: (['md', 'json', 'csv', 'html'] as const).map((format) =>
      exports.render(format, { kind: 'all' }, { bom: false }).files.map((f) => f.content.replace(/^ {2}"(id|generated)": .*$/gm, '')),
    ),
  };
}

/** What FTS5 itself makes of the text for `queries`, its columns named rather than numbered: order, scores, marks, snippets. */
export function fullTextView(db: Database.Database, queries: readonly string[]): unknown[] {
  const col = (index: string, name: string) => db.prepare(`SELECT cid FROM pragma_table_info('${index}') WHERE name = ?`).pluck().get(name) as number;
  const weights = ['title', 'body'].sort((a, b) => col('articles_fts', a) - col('articles_fts', b)).map((c) => (c === 'title' ? 10 : 1));
  const stmt =
    db.prepare(`SELECT rowid, bm25(articles_fts, ${weights.join(', ')}) AS score, highlight(articles_fts, ${col('articles_fts', 'title')}, '[', ']') AS title,
    snippet(articles_fts, ${col('articles_fts', 'body')}, '[', ']', '…', 12) AS snippet FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score, rowid LIMIT 20`);
  const tri = db.prepare(
    `SELECT rowid, snippet(articles_tri, ${col('articles_tri', 'body')}, '[', ']', '…', 8) AS snippet FROM articles_tri WHERE articles_tri MATCH ? ORDER BY rowid`,
  );
  return [...queries.map((q) => [q, stmt.all(q)]), tri.all('"主席习"')];
}

/**
 * A library this build imported (importAwkward), taken back by `undo` to what it was before `migration`, then brought
 * forward by that migration alone: the later migrations' changes are already in the file, so none of them runs twice.
 * Gives what the reader saw before and the library opened after; `fresh` checks the import before it is undone.
 */
export async function migratedAlone(
  migration: Migration,
  undo: (db: Database.Database) => void,
  fresh: (library: Library) => void = () => {},
): Promise<{ expected: unknown; migrated: Library }> {
  const file = path.join(tempDir(), 'library.sqlite');
  const library = Library.create(file);
  let expected: unknown;
  try {
    await importAwkward(library);
    fresh(library);
    expected = readerView(library);
  } finally {
    library.close();
  }
  const db = new Database(file);
  try {
    registerTextFunctions(db);
    undo(db);
    db.transaction(() => migration.up(db))();
    db.pragma(`user_version = ${LATEST_VERSION}`);
  } finally {
    db.close();
  }
  return { expected, migrated: await Library.open(file) };
}
