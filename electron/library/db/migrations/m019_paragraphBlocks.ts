import type { Migration } from '../Migration';

/**
 * Articles whose blocks are nothing but their body's paragraphs keep no blocks: an empty `blocks_deflated`, which the
 * body cut at its blank lines gives back (storedBlocks). That is every plain text's blocks, 9 in 10 of the bench's
 * articles, about 90 bytes each deflated. Written out here rather than imported, so this step stays what it was when
 * later code changes; the test is on the stored form, kinds and lengths, against the body's own paragraphs.
 */
export const m019ParagraphBlocks: Migration = {
  version: 19,
  name: 'paragraphBlocks',
  vacuum: true,
  up(db) {
    const clear = db.prepare("UPDATE articles SET blocks_deflated = x'' WHERE id = ?");
    // In pages: a statement cannot write while another reads, and a million articles' texts need not be in memory at once.
    const page = db.prepare("SELECT id, body, blocks FROM articles WHERE id > ? AND blocks_deflated <> x'' ORDER BY id LIMIT 1000");
    for (let after = 0; ;) {
      const rows = page.all(after) as { id: number; body: string; blocks: string }[];
      if (rows.length === 0) break;
      for (const { id, body, blocks } of rows) if (paragraphsOfBody(JSON.parse(blocks) as Record<string, unknown>[], body)) clear.run(id);
      after = rows.at(-1)!.id;
    }
  },
};

function paragraphsOfBody(blocks: Record<string, unknown>[], body: string): boolean {
  const parts = body.split('\n\n');
  return (
    blocks.length > 0 &&
    parts.length === blocks.length &&
    blocks.every((b, i) => Object.keys(b).length === 2 && b.kind === 'p' && b.length === parts[i]!.length)
  );
}
