import type { Database } from 'better-sqlite3';
import { z } from 'zod';

/**
 * `stories.json` of a library export: the user's story corrections (two articles kept in one story, or apart), each
 * article known by its file as its Markdown's front matter names it. The stories themselves are derived and not
 * exported: the articles imported are placed again, obeying the corrections.
 */
export const libraryStoriesSchema = z
  .object({
    links: z.array(z.object({ a: z.string().min(1), b: z.string().min(1), together: z.boolean(), created: z.string().min(1).max(40) }).strict()),
  })
  .strict();

export type LibraryStories = z.infer<typeof libraryStoriesSchema>;

export function readLibraryStories(db: Database): LibraryStories {
  const rows = db
    .prepare(
      `SELECT x.file AS a, y.file AS b, l.together, l.created_at AS created FROM story_links l
      JOIN articles x ON x.id = l.a JOIN articles y ON y.id = l.b ORDER BY l.a, l.b`,
    )
    .all() as { a: string; b: string; together: number; created: string }[];
  return { links: rows.map((l) => ({ ...l, together: l.together === 1 })) };
}

/**
 * Puts back the corrections between articles just added (by file → id), and takes those articles out of the stories
 * their import placed them in: the catch-up run the Stories view and CLI start places them again, obeying the links.
 */
export function restoreLibraryStories(db: Database, kept: LibraryStories, added: ReadonlyMap<string, number>): void {
  const link = db.prepare('INSERT INTO story_links (a, b, together, created_at) VALUES (?, ?, ?, ?)');
  const unplace = db.prepare('UPDATE story_features SET story_id = NULL WHERE article_id = ?');
  db.transaction(() => {
    for (const l of kept.links) {
      const x = added.get(l.a);
      const y = added.get(l.b);
      if (x === undefined || y === undefined || x === y) continue;
      link.run(Math.min(x, y), Math.max(x, y), l.together ? 1 : 0, l.created);
      unplace.run(x);
      unplace.run(y);
    }
  })();
}
