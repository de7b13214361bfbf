import fs from 'node:fs';
import path from 'node:path';
import { LATEST_VERSION } from '../db/migrations';
import type { Database } from 'better-sqlite3';
import { HIGHLIGHT_SELECT, toHighlight, type HighlightRow } from '../annotations/highlightRows';
import type { Library } from '../Library';
import { RequestError } from '../../common/RequestError';
import { readReviewBackup } from '../review/reviewBackup';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupArticle } from './backupFormat';
import { readBlocks } from '../articles/storedBlocks';
import type { ArticleVersions } from '../articles/ArticleVersions';

export interface BackupCounts {
  articles: number;
  highlights: number;
  notes: number;
  tags: number;
  corrections: number;
  savedViews: number;
}

/** Articles read per statement while writing. */
const PAGE = 500;

interface ArticleRow extends Omit<BackupArticle, 'blocks' | 'starred' | 'tags' | 'note' | 'highlights' | 'versions'> {
  blocks: string;
  starred: number;
}

/**
 * Writes the whole library as one JSON file (backupFormat.ts): what the user made or chose — articles with their
 * text, its earlier versions and reading state (read, starred, where it was left, archived or in the Trash),
 * highlights, notes, tags, entity and story corrections, saved searches, settings, the review's schedule. Entities
 * and stories are not written: restore extracts the entities again and reapplies the corrections, and the articles
 * are placed in stories again, obeying the story corrections. One article per line, and the file appears whole or
 * not at all (written beside its destination, then renamed).
 */
export function writeBackup(library: Library, file: string): BackupCounts {
  const { db } = library;
  const counts: BackupCounts = { articles: 0, highlights: 0, notes: 0, tags: 0, corrections: 0, savedViews: 0 };
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  let fd: number;
  try {
    fd = fs.openSync(partial, 'w');
  } catch {
    throw new RequestError('invalid', `Cannot write the backup to ${file}: its folder does not exist or is not writable.`);
  }
  const write = (text: string) => fs.writeSync(fd, text);
  try {
    // One read transaction: the backup is a snapshot, whatever another process writes meanwhile.
    db.transaction(() => {
      const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, created: new Date().toISOString(), schema: LATEST_VERSION };
      write(`${JSON.stringify(header).slice(0, -1)},\n"articles": [`);
      for (const article of articles(db, library.articles.versions)) {
        write(`${counts.articles === 0 ? '\n' : ',\n'}${JSON.stringify(article)}`);
        counts.articles++;
        counts.highlights += article.highlights.length;
        if (article.note) counts.notes++;
      }
      const tags = db.prepare('SELECT name, created_at AS created FROM tags ORDER BY name COLLATE NOCASE').all();
      const corrections = db
        .prepare(
          `SELECT id, action, key, value, article_id AS articleId, start, end, text, created_at AS created
        FROM entity_corrections ORDER BY id`,
        )
        .all();
      const savedViews = db.prepare('SELECT id, name, query, created_at AS created FROM saved_views ORDER BY id').all();
      const storyLinks = (
        db.prepare('SELECT a, b, together, created_at AS created FROM story_links ORDER BY a, b').all() as {
          a: number;
          b: number;
          together: number;
          created: string;
        }[]
      ).map((l) => ({ ...l, together: l.together === 1 }));
      const settings = db.prepare('SELECT key, value FROM settings ORDER BY key').all() as { key: string; value: string }[];
      write(`\n],\n"tags": ${lines(tags)},\n"entityCorrections": ${lines(corrections)},\n"savedViews": ${lines(savedViews)},\n`);
      write(`"storyLinks": ${lines(storyLinks)},\n`);
      write(`"settings": ${JSON.stringify(Object.fromEntries(settings.map((s) => [s.key, s.value])), null, 1)},\n`);
      const review = readReviewBackup(db);
      write(`"review": {"cards": ${lines(review.cards)}, "days": ${lines(review.days)}},\n"pictures": [`);
      // One picture a line, read one at a time: a library's pictures may not fit in memory together.
      let first = true;
      for (const p of db.prepare('SELECT hash, type, bytes FROM pictures ORDER BY hash').iterate() as IterableIterator<{
        hash: string;
        type: string;
        bytes: Buffer;
      }>) {
        write(`${first ? '\n' : ',\n'}${JSON.stringify({ hash: p.hash, type: p.type, data: p.bytes.toString('base64') })}`);
        first = false;
      }
      write('\n]\n}\n');
      Object.assign(counts, { tags: tags.length, corrections: corrections.length, savedViews: savedViews.length });
    })();
    fs.closeSync(fd);
    fs.renameSync(partial, file);
  } catch (err) {
    try {
      fs.closeSync(fd);
    } catch {
      // Already closed: the rename failed.
    }
    fs.rmSync(partial, { force: true });
    throw err;
  }
  return counts;
}

/** Every article with its note, tags and highlights, a page at a time, so a library of any size fits in memory. */
function* articles(db: Database, versions: ArticleVersions): Generator<BackupArticle> {
  const notes = new Map(
    (
      db.prepare('SELECT article_id AS id, note AS text, created_at AS created, updated_at AS modified FROM article_notes').all() as ({
        id: number;
      } & NonNullable<BackupArticle['note']>)[]
    ).map(({ id, ...note }) => [id, note]),
  );
  const tagRows = db.prepare('SELECT x.article_id AS id, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id ORDER BY t.name COLLATE NOCASE').all() as {
    id: number;
    name: string;
  }[];
  const tags = groupBy(
    tagRows,
    (r) => r.id,
    (r) => r.name,
  );
  const page = db.prepare(`SELECT id, file, content_hash AS contentHash, title, source, author, published, dateline, language, url,
    word_count AS wordCount, body, blocks, imported_at AS importedAt, updated_at AS updatedAt, read_at AS readAt, starred,
    reading_position AS readingPosition, archived_at AS archivedAt, trashed_at AS trashedAt, version FROM articles WHERE id > ? ORDER BY id LIMIT ${PAGE}`);
  const highlightsOf = db.prepare(
    `${HIGHLIGHT_SELECT} WHERE h.article_id IN (SELECT value FROM json_each(?)) ORDER BY h.article_id, h.start IS NULL, h.start, h.end, h.id`,
  );
  for (let rows = page.all(0) as ArticleRow[]; rows.length > 0; rows = page.all(rows[rows.length - 1]!.id) as ArticleRow[]) {
    const highlights = groupBy(
      highlightsOf.all(JSON.stringify(rows.map((r) => r.id))) as HighlightRow[],
      (h) => h.articleId,
      // What a library assigns (the id) or derives (orphaned) stays out, so a restored library backs up the same.
      (row) => {
        const { id: _id, articleId: _articleId, orphaned: _orphaned, ...record } = toHighlight(row);
        return record;
      },
    );
    for (const row of rows) {
      yield {
        ...row,
        blocks: readBlocks(row.blocks, row.body),
        starred: row.starred === 1,
        tags: tags.get(row.id) ?? [],
        note: notes.get(row.id) ?? null,
        highlights: highlights.get(row.id) ?? [],
        versions: row.version === 1 ? [] : versions.texts(row.id).flatMap(({ current, ...v }) => (current ? [] : [v])),
      };
    }
  }
}

function lines(rows: readonly unknown[]): string {
  return rows.length === 0 ? '[]' : `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
}

function groupBy<T, V>(rows: readonly T[], key: (row: T) => number, value: (row: T) => V): Map<number, V[]> {
  const map = new Map<number, V[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(value(row));
    else map.set(key(row), [value(row)]);
  }
  return map;
}
