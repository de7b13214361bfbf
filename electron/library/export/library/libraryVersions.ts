import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { versionText } from '../../../common/shapes/versionShapes';
import type { ArticleVersions } from '../../articles/ArticleVersions';

/**
 * `versions.json` of a library export: each changed article's earlier texts (plain text, newest first), known by the
 * article's file as its Markdown's front matter names it, and the version each highlight was made on, by its uuid
 * (the W3C file has no place for it).
 */
export const libraryVersionsSchema = z
  .object({
    articles: z.array(
      z.object({ file: z.string().min(1), version: z.number().int().min(2), versions: z.array(versionText.omit({ current: true }).strict()) }).strict(),
    ),
    highlights: z.record(z.string(), z.number().int().min(1)),
  })
  .strict();

export type LibraryVersions = z.infer<typeof libraryVersionsSchema>;

export function readLibraryVersions(db: Database, versions: ArticleVersions): LibraryVersions {
  const changed = db.prepare('SELECT id, file, version FROM articles WHERE version > 1 ORDER BY id').all() as { id: number; file: string; version: number }[];
  const made = db.prepare('SELECT uuid, version FROM highlights WHERE version IS NOT NULL ORDER BY id').all() as { uuid: string; version: number }[];
  return {
    articles: changed.map(({ id, file, version }) => ({ file, version, versions: versions.texts(id).flatMap(({ current, ...v }) => (current ? [] : [v])) })),
    highlights: Object.fromEntries(made.map((h) => [h.uuid, h.version])),
  };
}

/** Puts back the versions of the articles just added (by file → id) and the version of each highlight placed since. */
export function restoreLibraryVersions(db: Database, versions: ArticleVersions, kept: LibraryVersions, added: ReadonlyMap<string, number>): void {
  const made = db.prepare('UPDATE highlights SET version = ? WHERE uuid = ? COLLATE NOCASE');
  db.transaction(() => {
    for (const a of kept.articles) {
      const id = added.get(a.file);
      if (id !== undefined) versions.restore(id, a.version, a.versions);
    }
    for (const [uuid, version] of Object.entries(kept.highlights)) made.run(version, uuid);
  })();
}
