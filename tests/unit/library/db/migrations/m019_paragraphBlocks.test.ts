import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { readBlocks, storeBlocks } from '../../../../../electron/library/articles/storedBlocks';
import { m019ParagraphBlocks } from '../../../../../electron/library/db/migrations/m019_paragraphBlocks';
import { registerTextFunctions } from '../../../../../electron/library/db/textFunctions';
import { Library } from '../../../../../electron/library/Library';
import type { Block } from '../../../../../electron/library/parse/types';
import { libraryBefore } from '../../../helpers/libraryBefore';
import { readerView, migratedAlone } from '../../../helpers/readerView';

const p = (text: string): Block => ({ kind: 'p', text });
/** Each article's blocks, and whether they are only its body's paragraphs (stored as nothing from now on). */
const ARTICLES: [string, Block[], boolean][] = [
  ['paragraphs', [p('Talks in Minsk.'), p('They ended.'), p('🤝 𝐌𝐢𝐧𝐬𝐤, 中国。')], true],
  ['one paragraph', [p('Only this.')], true],
  ['an empty paragraph', [p('')], true],
  ['paragraphs with empty ones', [p(''), p('Between.'), p('')], true],
  ['no blocks', [], false],
  ['a heading', [{ kind: 'h', level: 2, text: 'Heading' }, p('Text.')], false],
  ['a list', [p('Items:'), { kind: 'li', text: 'one' }], false],
  ['marks', [p('Bold'), { kind: 'p', text: 'here', marks: [{ style: 'strong', start: 0, end: 4 }] }], false],
  ['empty marks', [{ kind: 'p', text: 'here', marks: [] }], false],
  ['a blank line inside', [p('One\n\nparagraph read as one.')], false],
  ['a newline at the joins', [p('Ends in a newline\n'), p('\nstarts with one')], false],
  ['code', [{ kind: 'code', text: 'a\n\nb' }], false],
];

const blocksAsStored = (db: Database.Database) =>
  db.prepare('SELECT title, body, blocks, length(blocks_deflated) = 0 AS cleared FROM articles ORDER BY id').all() as {
    title: string;
    body: string;
    blocks: string;
    cleared: number;
  }[];

test('storeBlocks keeps nothing for blocks that are only the body paragraphs, and readBlocks gives every kind of blocks back exactly', () => {
  for (const [what, blocks, plain] of ARTICLES) {
    const stored = storeBlocks(blocks);
    assert.equal(stored === '', plain, what);
    assert.deepEqual(readBlocks(stored, blocks.map((b) => b.text).join('\n\n')), blocks, what);
  }
});

test('m019: articles whose blocks are only their paragraphs keep none, and read back the same blocks', async () => {
  const rows = ARTICLES.map(([title, blocks], i) => {
    const body = blocks.map((b) => b.text).join('\n\n');
    const stored = JSON.stringify(blocks.map(({ text, ...rest }) => ({ ...rest, length: text.length })));
    return `('/t${i}.txt', 'h${i}', '${title}', 1, deflate_text('${body}'), deflate_text('${stored}'), 'then', 'then')`;
  });
  const file = libraryBefore(
    m019ParagraphBlocks,
    `INSERT INTO articles (file, content_hash, title, word_count, body_deflated, blocks_deflated, imported_at, updated_at) VALUES ${rows.join(', ')}`,
  );
  const v18 = new Database(file, { readonly: true });
  registerTextFunctions(v18);
  const before = blocksAsStored(v18).map((a) => readBlocks(a.blocks, a.body));
  v18.close();
  assert.deepEqual(
    before,
    ARTICLES.map(([, blocks]) => blocks),
  );

  const library = await Library.open(file);
  try {
    assert.ok((library.db.pragma('user_version', { simple: true }) as number) >= m019ParagraphBlocks.version);
    const after = blocksAsStored(library.db);
    assert.deepEqual(
      after.map((a) => [a.title, a.cleared === 1]),
      ARTICLES.map(([title, , plain]) => [title, plain]),
    );
    assert.deepEqual(
      after.map((_, i) => library.articles.get(i + 1)!.paragraphs),
      before,
    );
  } finally {
    library.close();
  }
});

/** The file as schema 18 held it: every article's blocks as kinds and lengths. */
function asBeforeParagraphBlocks(db: Database.Database): void {
  const update = db.prepare('UPDATE articles SET blocks_deflated = deflate_text(?) WHERE id = ?');
  for (const { id, body } of db.prepare("SELECT id, body FROM articles WHERE blocks_deflated = x''").all() as { id: number; body: string }[])
    update.run(JSON.stringify(body.split('\n\n').map((text) => ({ kind: 'p', length: text.length }))), id);
}

test('m019: seeds, hostile pages and unicode texts read, search and export the same after the migration as imported since', async () => {
  const { expected, migrated } = await migratedAlone(m019ParagraphBlocks, asBeforeParagraphBlocks, (fresh) =>
    assert.ok((fresh.db.prepare("SELECT count(*) FROM articles WHERE blocks_deflated = x''").pluck().get() as number) > 0, 'plain texts keep no blocks'),
  );
  try {
    assert.deepEqual(readerView(migrated), expected);
  } finally {
    migrated.close();
  }
});
