import fs from 'node:fs';
import path from 'node:path';
import type { MovedCounts } from '../../common/contract/importsContract';
import { RequestError } from '../../common/RequestError';
import { importAnnotations } from '../annotations/import/annotationImport';
import { WITH_CONTENT_HASH } from '../articles/ArticleStore';
import { readLibraryArticle } from '../export/library/libraryMarkdown';
import { libraryStoriesSchema, restoreLibraryStories } from '../export/library/libraryStories';
import { libraryVersionsSchema, restoreLibraryVersions } from '../export/library/libraryVersions';
import type { LibraryManifest } from '../export/library/libraryManifest';
import { countWords } from '../import/countWords';
import type { Library } from '../Library';
import { localPictures } from '../parse/localPictures';
import { restoreReviewBackup, reviewBackupSchema } from '../review/reviewBackup';
import { blocksToText } from '../parse/types';

/**
 * A library exported by Dossier (writeLibraryExport), brought back: each article with its text, metadata, tags and
 * reading state as they were, known again by its file and content hash (so nothing is added twice), then every
 * highlight, note and tag from the W3C file, placed by their selectors, and the earlier versions and story corrections
 * of the articles added. The feeds' OPML subscribes it to the same feeds.
 */
export function importLibraryFolder(library: Library, folder: string, manifest: LibraryManifest): MovedCounts {
  const counts: MovedCounts = { app: 'dossier', entries: manifest.articles.length, added: 0, waiting: 0, matched: 0, highlights: 0, existing: 0, orphaned: 0 };
  const { db } = library;
  const byFile = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE file = ?');
  const byHash = db.prepare<[{ hash: string }], { id: number }>(`SELECT id FROM articles WHERE ${WITH_CONTENT_HASH} ORDER BY id LIMIT 1`);
  const restore = db.prepare(`UPDATE articles SET updated_at = @updated, read_at = @read, starred = @starred, reading_position = @progress,
    archived_at = @archived, trashed_at = @trashed WHERE id = @id`);
  const tagged: { id: number; tags: string[] }[] = [];
  const added = new Map<string, number>();
  db.transaction(() => {
    for (const name of manifest.articles) {
      const file = path.join(folder, name);
      // Pictures are read from the export's own folder, as a saved page's are.
      const local = localPictures(file);
      const read = readLibraryArticle(readText(file), local.resolve);
      if (!read) throw new RequestError('invalid', `${file} is not an article of a Dossier library export.`);
      const { front, blocks } = read;
      const existing = byFile.get(front.file) ?? byHash.get({ hash: front.sha256 });
      if (existing) {
        counts.matched++;
        continue;
      }
      const body = blocksToText(blocks);
      const article = { ...front, tags: [], blocks };
      const id = library.articles.insert(
        { file: front.file, contentHash: front.sha256, article, body, wordCount: countWords(`${front.title}\n${body}`) },
        front.imported,
      );
      library.pictures.show(id, local.pictures);
      library.entities.extract(id, body, front.language);
      const { reading } = front;
      restore.run({ id, updated: front.updated, ...reading, starred: reading.starred ? 1 : 0 });
      tagged.push({ id, tags: front.tags });
      added.set(front.file, id);
      if (front.waiting) {
        library.waiting.add(id, front.waiting.url, front.waiting.excerpt, front.waiting.since);
        counts.waiting++;
      }
      counts.added++;
    }
  })();
  const annotationsFile = path.join(folder, manifest.annotations);
  // The W3C counts take in the articles' own notes and tags; highlights are counted as such.
  const placed = db.prepare<[], { placed: number; orphaned: number }>('SELECT count(start) AS placed, count(*) - count(start) AS orphaned FROM highlights');
  const before = placed.get()!;
  let annotations;
  try {
    annotations = importAnnotations(library, JSON.parse(readText(annotationsFile)) as unknown);
  } catch (err) {
    if (err instanceof RequestError) throw err;
    throw new RequestError('invalid', `${annotationsFile}: ${(err as Error).message}`);
  }
  // The review's schedule, by highlight uuid, once the highlights are placed.
  if (manifest.review) {
    const file = path.join(folder, manifest.review);
    const review = reviewBackupSchema.safeParse(JSON.parse(readText(file)));
    if (!review.success) throw new RequestError('invalid', `${file} is not a review schedule: ${review.error.issues[0]?.message ?? ''}`);
    db.transaction(() => restoreReviewBackup(db, review.data))();
  }
  // The versions of the articles added here, and the version each highlight was made on, once the highlights are placed.
  if (manifest.versions) {
    const file = path.join(folder, manifest.versions);
    const versions = libraryVersionsSchema.safeParse(JSON.parse(readText(file)));
    if (!versions.success) throw new RequestError('invalid', `${file} is not a file of versions: ${versions.error.issues[0]?.message ?? ''}`);
    restoreLibraryVersions(db, library.articles.versions, versions.data, added);
  }
  // The story corrections between the articles added here.
  if (manifest.stories) {
    const file = path.join(folder, manifest.stories);
    const stories = libraryStoriesSchema.safeParse(JSON.parse(readText(file)));
    if (!stories.success) throw new RequestError('invalid', `${file} is not a file of story corrections: ${stories.error.issues[0]?.message ?? ''}`);
    restoreLibraryStories(db, stories.data, added);
  }
  // Subscriptions only: their items are fetched by the next refresh, and the articles they were are here already.
  const feeds = path.join(folder, manifest.feeds);
  if (fs.existsSync(feeds)) library.feeds.importOpml(fs.readFileSync(feeds));
  // The front matter's tags after the annotations' own, so these count as what they are: the articles' tags, added.
  db.transaction(() => tagged.forEach(({ id, tags }) => tags.length > 0 && library.annotations.tags.addToArticles([id], tags)))();
  const after = placed.get()!;
  return { ...counts, highlights: after.placed - before.placed, existing: annotations.existing, orphaned: after.orphaned - before.orphaned };
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new RequestError('invalid', `${file} cannot be read.`);
  }
}
