import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { EntityStore } from '../entities/store/EntityStore';
import type { Library } from '../Library';
import { RequestError } from '../../common/RequestError';
import { restoreReviewBackup } from '../review/reviewBackup';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, describePath, type Backup } from './backupFormat';
import type { BackupCounts } from './writeBackup';
import { storeBlocks } from '../articles/storedBlocks';
import type { ArticleVersions } from '../articles/ArticleVersions';

/** Rows a library holds that a restore would replace; a library without any is empty. */
const CONTENT = ['articles', 'tags', 'saved_views', 'entity_corrections'] as const;
// Children before parents: highlights and notes keep their articles from being deleted.
const WIPE = [
  'highlights',
  'article_versions',
  // Stories are derived but for the links: the restored articles are placed again, obeying the restored links.
  'story_links',
  'stories',
  'story_keys',
  'story_keys_recent',
  'story_key_counts',
  'story_features',
  'article_tags',
  'article_notes',
  'article_pictures',
  'pictures',
  'tags',
  'entity_corrections',
  'saved_views',
  'settings',
  'review_days',
  'articles',
  'entities',
];

/** Reads and checks a backup file; the message names the file and the field that is wrong. */
export function readBackup(file: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new RequestError('invalid', `${file}: ${err instanceof SyntaxError ? `it is not JSON (${err.message})` : 'it cannot be read'}.`);
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BACKUP_FORMAT) {
    throw new RequestError('invalid', `${file} is not a Dossier backup (it has no "format": "${BACKUP_FORMAT}").`);
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    throw new RequestError(
      'invalid',
      `${file} was written by a newer Dossier (backup format ${head.version}; this one reads ${BACKUP_VERSION}). Update Dossier to restore it.`,
    );
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${describePath(i.path)}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new RequestError('invalid', `${file} is not a valid Dossier backup: ${issues.join('; ')}${more}.`);
  }
  return parsed.data;
}

/**
 * Rebuilds the library from a backup in one transaction: if anything fails, the library is as it was. Articles,
 * saved searches and corrections keep their ids; highlights are put back through the highlight store by their
 * selectors (keeping uuids and times); entities are extracted again with the corrections applied. Articles are left
 * out of stories, to be placed by the catch-up run the Stories view and CLI start (as for a library from before
 * stories), which obeys the restored story corrections. A library that holds anything is replaced only when `force`
 * is given.
 */
export function restoreBackup(library: Library, backup: Backup, force: boolean): BackupCounts {
  const { db } = library;
  db.transaction(() => {
    const held = CONTENT.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n] as const).filter(([, n]) => n > 0);
    if (held.length > 0 && !force) {
      const what = held.map(([table, n]) => `${n} ${table.replace('_', ' ')}`).join(', ');
      throw new RequestError('invalid', `The library ${library.file} is not empty (${what}). Restoring would replace it: give --force to do so.`);
    }
    for (const table of WIPE) db.prepare(`DELETE FROM ${table}`).run();
    insertRows(db, library.articles.versions, backup);
    const pictures = new Map(backup.pictures.map((p) => [p.hash, { hash: p.hash, type: p.type, bytes: Buffer.from(p.data, 'base64') }]));
    // A fresh store: its memory of the corrections must be of the restored ones, not of those just deleted.
    const entities = new EntityStore(db);
    const { highlights, tags } = library.annotations;
    for (const article of backup.articles) {
      entities.extract(article.id, article.body, article.language);
      library.pictures.show(
        article.id,
        article.blocks.flatMap((b) => (b.picture?.hash && pictures.has(b.picture.hash) ? [pictures.get(b.picture.hash)!] : [])),
      );
      if (article.tags.length > 0) tags.setForArticle(article.id, article.tags);
      for (const h of article.highlights) highlights.put({ ...h, articleId: article.id });
    }
    restoreReviewBackup(db, backup.review);
    entities.prune();
  }).immediate();
  return {
    articles: backup.articles.length,
    highlights: backup.articles.reduce((n, a) => n + a.highlights.length, 0),
    notes: backup.articles.filter((a) => a.note).length,
    tags: backup.tags.length,
    corrections: backup.entityCorrections.length,
    savedViews: backup.savedViews.length,
  };
}

/** The rows restored as they were, timestamps included: articles (with their versions), notes, tags, corrections of entities and stories, saved searches, settings. */
function insertRows(db: Database, versions: ArticleVersions, backup: Backup): void {
  const article = db.prepare(`INSERT INTO articles (id, file, content_hash, title, source, author, published, dateline, language, url,
    word_count, body_deflated, blocks_deflated, imported_at, updated_at, read_at, starred, reading_position, archived_at, trashed_at) VALUES (@id, @file,
    @contentHash, @title, @source, @author, @published, @dateline, @language, @url, @wordCount, deflate_text(@body), deflate_text(@blocks), @importedAt, @updatedAt,
    @readAt, @starred, @readingPosition, @archivedAt, @trashedAt)`);
  const note = db.prepare('INSERT INTO article_notes (article_id, note, created_at, updated_at) VALUES (?, ?, ?, ?)');
  for (const { tags: _tags, note: n, highlights: _highlights, version, versions: earlier, ...a } of backup.articles) {
    article.run({ ...a, blocks: storeBlocks(a.blocks), starred: a.starred ? 1 : 0 });
    if (n) note.run(a.id, n.text, n.created, n.modified);
    versions.restore(a.id, version, earlier);
  }
  const tag = db.prepare('INSERT INTO tags (name, created_at) VALUES (?, ?)');
  for (const t of backup.tags) tag.run(t.name, t.created);
  const correction = db.prepare(`INSERT INTO entity_corrections (id, action, key, value, article_id, start, end, text, created_at)
    VALUES (@id, @action, @key, @value, @articleId, @start, @end, @text, @created)`);
  for (const c of backup.entityCorrections) correction.run(c);
  const link = db.prepare('INSERT INTO story_links (a, b, together, created_at) VALUES (@a, @b, @together, @created)');
  for (const l of backup.storyLinks) link.run({ ...l, together: l.together ? 1 : 0 });
  const view = db.prepare('INSERT INTO saved_views (id, name, query, created_at) VALUES (@id, @name, @query, @created)');
  for (const v of backup.savedViews) view.run(v);
  const setting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries(backup.settings)) setting.run(key, value);
}
