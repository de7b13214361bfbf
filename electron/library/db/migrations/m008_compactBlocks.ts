import type { Migration } from '../Migration';

/**
 * Articles' blocks keep their structure and each text's length, no longer the text, which the body holds already
 * (both stored made the articles table twice the size of its text). Written out here rather than imported, so this
 * step stays what it was when later code changes. The pages it frees are reused by later writes.
 */
export const m008CompactBlocks: Migration = {
  version: 8,
  name: 'compactBlocks',
  up(db) {
    const update = db.prepare('UPDATE articles SET blocks = ? WHERE id = ?');
    // In pages: a statement cannot write while another reads, and a million articles' blocks need not be in memory at once.
    const page = db.prepare('SELECT id, blocks FROM articles WHERE id > ? ORDER BY id LIMIT 1000');
    for (let after = 0; ;) {
      const rows = page.all(after) as { id: number; blocks: string }[];
      if (rows.length === 0) break;
      for (const { id, blocks } of rows) {
        const parsed = JSON.parse(blocks) as { text?: string }[];
        update.run(JSON.stringify(parsed.map(({ text, ...rest }) => (text === undefined ? rest : { ...rest, length: text.length }))), id);
      }
      after = rows.at(-1)!.id;
    }
  },
};
