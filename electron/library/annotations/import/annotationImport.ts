import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database, Statement } from 'better-sqlite3';
import type { AnnotationImportCounts } from '../../../common/contract/annotationsContract';
import { validTags } from '../../../common/tagNames';
import { WITH_CONTENT_HASH } from '../../articles/ArticleStore';
import type { Library } from '../../Library';
import { RequestError } from '../../../common/RequestError';
import { toCodeUnits } from '../../export/formats/codePoints';
import { AnnotationFormatError, readAnnotations, type ArticleRef, type ReadAnnotation } from './readAnnotations';

/** An annotation file is at most this large: JSON is read whole. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;

/** Reads and imports one annotation file (our JSON export, or W3C/Hypothesis JSON); the message names the file. */
export function importAnnotationFile(library: Library, file: string): AnnotationImportCounts {
  let json: unknown;
  try {
    if (fs.statSync(file).size > MAX_FILE_BYTES) throw new RequestError('invalid', `${file} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
    json = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    if (err instanceof RequestError) throw err;
    const reason = err instanceof SyntaxError ? `it is not JSON (${err.message})` : 'it cannot be read';
    throw new RequestError('invalid', `${file}: ${reason}.`);
  }
  try {
    return importAnnotations(library, json);
  } catch (err) {
    if (err instanceof AnnotationFormatError) throw new RequestError('invalid', `${file}: ${err.message}`);
    throw err;
  }
}

/**
 * Attaches the annotations to the articles they were made on, found by content hash, file or address, each
 * highlight placed by its selectors through the highlight store. All or nothing: one transaction.
 */
export function importAnnotations(library: Library, json: unknown): AnnotationImportCounts {
  const annotations = readAnnotations(json);
  const matcher = new ArticleMatcher(library.db);
  const counts: AnnotationImportCounts = { added: 0, existing: 0, unmatched: 0, orphaned: 0, skipped: 0 };
  const articleNotes = new ArticleNoteMerger(library);
  library.db.transaction(() => {
    for (const a of annotations) {
      const articleId = matcher.find(a.article);
      if (articleId === null) counts.unmatched++;
      else if (a.quote === null && a.position === null) {
        if (a.note || a.tags.length > 0) counts[articleNotes.merge(articleId, a) ? 'added' : 'existing']++;
        else counts.skipped++;
      } else {
        const outcome = putHighlight(library, matcher, articleId, a);
        counts[outcome]++;
      }
    }
  })();
  return counts;
}

function putHighlight(library: Library, matcher: ArticleMatcher, articleId: number, a: ReadAnnotation): keyof AnnotationImportCounts {
  const body = matcher.body(articleId);
  // Positions count code points; the library counts UTF-16 units.
  const units = (points: number) => (ASTRAL.test(body) ? toCodeUnits(body, points) : points);
  const start = a.position ? units(a.position.start) : null;
  const end = a.position ? units(a.position.end) : null;
  const inBody = start !== null && end !== null && end <= body.length;
  const quote = a.quote ?? { exact: inBody ? body.slice(start, end) : '', prefix: '', suffix: '' };
  if (quote.exact.trim() === '') return 'skipped';
  const now = new Date().toISOString();
  const { highlight, created } = library.annotations.highlights.put({
    uuid: a.uuid,
    articleId,
    quote: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start,
    end,
    color: a.color,
    note: a.note,
    tags: validTags(a.tags),
    created: a.created ?? now,
    modified: a.modified ?? a.created ?? now,
  });
  return !created ? 'existing' : highlight.orphaned ? 'orphaned' : 'added';
}

/**
 * An article's own note and tags from a file: a note already there (or contained in the note there) is not added
 * again; a different one is appended below; tags are added to the article's.
 */
class ArticleNoteMerger {
  private readonly read: Statement<[number], { note: string }>;
  private readonly write: Statement;

  constructor(private readonly library: Library) {
    this.read = library.db.prepare('SELECT note FROM article_notes WHERE article_id = ?');
    // The note keeps the times it was written at, so a round trip through an export changes nothing.
    this.write = library.db.prepare(`INSERT INTO article_notes (article_id, note, created_at, updated_at) VALUES (@articleId, @note, @created, @modified)
      ON CONFLICT(article_id) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at`);
  }

  /** True when anything changed. */
  merge(articleId: number, a: ReadAnnotation): boolean {
    let changed = false;
    const current = this.read.get(articleId)?.note ?? '';
    const note = a.note.trim() === '' ? '' : a.note;
    if (note && !current.includes(note.trim())) {
      const now = new Date().toISOString();
      const created = a.created ?? now;
      this.write.run({ articleId, note: current ? `${current}\n\n${note}` : note, created, modified: current ? now : (a.modified ?? created) });
      changed = true;
    }
    const { tags } = this.library.annotations;
    const have = tags.forArticle(articleId);
    const known = new Set(have.map((t) => t.toLowerCase()));
    const added = validTags(a.tags).filter((t) => !known.has(t.toLowerCase()));
    if (added.length > 0) {
      tags.setForArticle(articleId, [...have, ...added]);
      changed = true;
    }
    return changed;
  }
}

/** Finds the article an annotation was made on: by content hash, then file path, then web address. */
class ArticleMatcher {
  private readonly byHash: Statement<[{ hash: string }], { id: number }>;
  private readonly byFile: Statement<[string], { id: number }>;
  private readonly byUrl: Statement<[string], { id: number }>;
  private readonly bodyOf: Statement<[number], { body: string }>;
  private readonly bodies = new Map<number, string>();

  constructor(db: Database) {
    this.byHash = db.prepare(`SELECT id FROM articles WHERE ${WITH_CONTENT_HASH} ORDER BY id LIMIT 1`);
    this.byFile = db.prepare('SELECT id FROM articles WHERE file = ?');
    this.byUrl = db.prepare('SELECT id FROM articles WHERE url = ? ORDER BY id LIMIT 1');
    this.bodyOf = db.prepare('SELECT body FROM articles WHERE id = ?');
  }

  find(ref: ArticleRef): number | null {
    const hit = (ref.sha256 && this.byHash.get({ hash: ref.sha256 })) || (ref.file && this.byFile.get(ref.file));
    if (hit) return hit.id;
    if (!ref.source) return null;
    if (/^file:/i.test(ref.source)) {
      try {
        return this.byFile.get(fileURLToPath(ref.source))?.id ?? null;
      } catch {
        return null;
      }
    }
    for (const url of urlVariants(ref.source)) {
      const row = this.byUrl.get(url);
      if (row) return row.id;
    }
    return null;
  }

  body(articleId: number): string {
    let body = this.bodies.get(articleId);
    if (body === undefined) this.bodies.set(articleId, (body = this.bodyOf.get(articleId)!.body));
    return body;
  }
}

/** The address as given, then without its #fragment, then with or without a trailing slash. */
export function urlVariants(source: string): string[] {
  const bare = source.replace(/#.*$/, '');
  const slash = bare.endsWith('/') ? bare.slice(0, -1) : `${bare}/`;
  return [...new Set([source, bare, slash])];
}
