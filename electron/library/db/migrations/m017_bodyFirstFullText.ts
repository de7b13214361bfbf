import type { Migration } from '../Migration';

const INDEXES = [
  { name: 'articles_fts', tokenize: 'unicode61 remove_diacritics 2' },
  { name: 'articles_tri', tokenize: 'trigram' },
];

/**
 * The full-text indexes with the body as their first column and the title second, the same text and tokenizers.
 * FTS5 writes, for each word of each document, the number of every column but the first before its positions (two
 * bytes), and nearly every word of an article is in its body: the word index shrank by 0.27 (45 to 32 MB for 20,000
 * generated articles, merged into one segment). bm25's weights and the column numbers highlight() and snippet() take
 * changed with it (BM25, ArticleSearch); scores, marks and snippets are the same, as the migration's test shows.
 *
 * Built again from the articles: the word index over all of them ('rebuild'), the trigram index over those it held
 * (only texts in scripts written without spaces, m005). The triggers name the columns, so they need no change.
 */
export const m017BodyFirstFullText: Migration = {
  version: 17,
  name: 'bodyFirstFullText',
  vacuum: true,
  up(db) {
    db.exec('CREATE TEMP TABLE spaceless_ids AS SELECT id FROM articles_tri_docsize');
    for (const { name, tokenize } of INDEXES) {
      db.exec(`DROP TABLE ${name};
        CREATE VIRTUAL TABLE ${name} USING fts5(body, title, content='articles', content_rowid='id', tokenize='${tokenize}')`);
    }
    db.exec(`
      INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
      INSERT INTO articles_tri(rowid, body, title) SELECT id, body, title FROM articles WHERE id IN (SELECT id FROM temp.spaceless_ids) ORDER BY id;
      DROP TABLE temp.spaceless_ids;
      INSERT INTO articles_fts(articles_fts) VALUES ('optimize');
      INSERT INTO articles_tri(articles_tri) VALUES ('optimize');
    `);
  },
};
