import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../../Library';
import { RequestError } from '../../../common/RequestError';
import { ExportLoader } from '../ExportLoader';
import { writeFile } from '../Exports';
import type { ExportArticle } from '../formats/exportTypes';
import { distinctFileNames } from '../formats/safeFileName';
import { w3cJson } from '../formats/w3cExport';
import { readReviewBackup } from '../../review/reviewBackup';
import { PICTURES } from './blocksMarkdown';
import { LIBRARY_FORMAT, LIBRARY_VERSION, MANIFEST, type LibraryManifest } from './libraryManifest';
import { libraryArticleMarkdown, type LibraryFrontMatter } from './libraryMarkdown';
import { readLibraryStories } from './libraryStories';
import { readLibraryVersions } from './libraryVersions';

export interface LibraryExportCounts {
  articles: number;
  highlights: number;
  notes: number;
  feeds: number;
}

/** Articles read per round. */
const PAGE = 200;
const ARTICLES = 'articles';

interface Row {
  id: number;
  title: string;
  dateline: string | null;
  importedAt: string;
  updatedAt: string;
  read: string | null;
  starred: number;
  progress: number | null;
  archived: string | null;
  trashed: string | null;
  waitingUrl: string | null;
  excerpt: string | null;
  since: string | null;
}

/**
 * The whole library in open formats, in `folder`: each article (archived and in the Trash too) as Markdown with
 * YAML front matter, its whole text and its notes (`articles/`); every annotation as W3C Web Annotation JSON
 * (`annotations.json`); the feeds as OPML (`feeds.opml`); earlier versions of changed articles (`versions.json`); the
 * user's story corrections (`stories.json`); and a manifest by which an import knows the folder.
 */
export function writeLibraryExport(library: Library, folder: string): { folder: string; counts: LibraryExportCounts } {
  const target = path.resolve(folder);
  try {
    fs.mkdirSync(path.join(target, ARTICLES, PICTURES), { recursive: true });
  } catch {
    throw new RequestError('invalid', `Cannot make the folder ${target}.`);
  }
  const rows = library.db
    .prepare(
      `SELECT a.id, a.title, a.dateline, a.imported_at AS importedAt, a.updated_at AS updatedAt, a.read_at AS read, a.starred,
        a.reading_position AS progress, a.archived_at AS archived, a.trashed_at AS trashed, w.url AS waitingUrl, w.excerpt, w.since
      FROM articles a LEFT JOIN waiting_articles w ON w.article_id = a.id ORDER BY a.id`,
    )
    .all() as Row[];
  const names = distinctFileNames(
    rows.map((r) => r.title),
    '.md',
  );
  const loader = new ExportLoader(library.db, () => library.annotations.colors.meanings());
  const exported: ExportArticle[] = [];
  const counts: LibraryExportCounts = { articles: 0, highlights: 0, notes: 0, feeds: 0 };
  const meanings = library.annotations.colors.meanings();
  for (let from = 0; from < rows.length; from += PAGE) {
    const page = rows.slice(from, from + PAGE);
    const set = loader.loadArticles(
      page.map((r) => r.id),
      'Everything',
    );
    set.articles.forEach((article, i) => {
      const row = page[i]!;
      const detail = library.articles.get(row.id)!;
      for (const hash of detail.paragraphs.flatMap((b) => (b.picture?.hash ? [b.picture.hash] : []))) {
        const picture = library.pictures.get(hash);
        if (picture) writeFile(path.join(target, ARTICLES, PICTURES, hash), picture.bytes);
      }
      writeFile(path.join(target, ARTICLES, names[from + i]!), libraryArticleMarkdown(frontMatter(article, row), detail, article, meanings));
      counts.articles++;
      counts.highlights += article.highlights.length;
      counts.notes += (article.note ? 1 : 0) + article.highlights.filter((h) => h.note).length;
      // The W3C file needs no entities; dropping them keeps a large library's export within memory.
      exported.push({ ...article, entities: { people: [], places: [], organizations: [] } });
    });
  }
  const now = new Date().toISOString();
  writeFile(path.join(target, 'annotations.json'), w3cJson({ articles: exported, meanings, label: 'Everything', exported: now }));
  counts.feeds = library.feeds.list().length;
  writeFile(path.join(target, 'feeds.opml'), library.feeds.exportOpml());
  writeFile(path.join(target, 'review.json'), `${JSON.stringify(readReviewBackup(library.db), null, 1)}\n`);
  writeFile(path.join(target, 'versions.json'), `${JSON.stringify(readLibraryVersions(library.db, library.articles.versions), null, 1)}\n`);
  writeFile(path.join(target, 'stories.json'), `${JSON.stringify(readLibraryStories(library.db), null, 1)}\n`);
  const manifest: LibraryManifest = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    exported: now,
    articles: names.map((n) => `${ARTICLES}/${n}`),
    annotations: 'annotations.json',
    feeds: 'feeds.opml',
    review: 'review.json',
    versions: 'versions.json',
    stories: 'stories.json',
  };
  writeFile(path.join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { folder: target, counts };
}

function frontMatter(article: ExportArticle, row: Row): LibraryFrontMatter {
  return {
    title: article.title,
    source: article.source,
    author: article.author,
    published: article.published,
    url: article.url,
    language: article.language,
    dateline: row.dateline,
    tags: article.tags,
    entities: article.entities,
    reading: { read: row.read, starred: row.starred === 1, progress: row.progress, archived: row.archived, trashed: row.trashed },
    waiting: row.waitingUrl === null ? null : { url: row.waitingUrl, excerpt: row.excerpt ?? '', since: row.since ?? row.importedAt },
    imported: row.importedAt,
    updated: row.updatedAt,
    file: article.file,
    sha256: article.contentHash,
  };
}
