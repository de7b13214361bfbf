import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ImportResult } from '../common/contract/importsContract';
import { Annotations } from './annotations/Annotations';
import { ArticleShelves } from './articles/ArticleShelves';
import { PictureStore } from './articles/PictureStore';
import { ArticleStore } from './articles/ArticleStore';
import { createDatabase, openDatabase, type OpenDatabaseOptions } from './db/openDatabase';
import { EntityStore } from './entities/store/EntityStore';
import { ReextractJobs } from './entities/store/ReextractJobs';
import { ImportJobs } from './import/ImportJobs';
import { importPaths, type ImportProgress } from './import/importPaths';
import { saveUploads, type SavedUploads, type Upload } from './import/saveUploads';
import { FacetCounts } from './facets/FacetCounts';
import { Feeds } from './feeds/Feeds';
import { ReadingState } from './reading/ReadingState';
import { ReviewStore } from './review/ReviewStore';
import { SavedViews } from './views/SavedViews';
import { ReclusterJobs } from './stories/ReclusterJobs';
import { Stories } from './stories/Stories';
import { importLibraryFolder } from './moves/importLibraryFolder';
import { importMovedExport } from './moves/importMovedExport';
import { WaitingArticles } from './moves/WaitingArticles';
import { ArticleSearch } from './search/ArticleSearch';
import { writeQuietly } from './db/libraryRevision';

/** One open library file and the domain operations over it. The CLI, browser mode and Electron all use this. */
export class Library {
  readonly articles: ArticleStore;
  readonly pictures: PictureStore;
  /** The archive and the Trash. */
  readonly shelves: ArticleShelves;
  readonly entities: EntityStore;
  /** Articles grouped by the event they report, each placed as its entities are written. */
  readonly stories: Stories;
  /** Background re-clustering the reader polls. */
  readonly reclustering: ReclusterJobs;
  /** Background re-extraction of entities the reader polls. */
  readonly reextraction: ReextractJobs;
  readonly search: ArticleSearch;
  readonly facets: FacetCounts;
  readonly reading: ReadingState;
  readonly views: SavedViews;
  readonly annotations: Annotations;
  /** Articles moved in by their address only, until a fetch fills them in. */
  readonly waiting: WaitingArticles;
  /** The daily review of highlights. */
  readonly review: ReviewStore;
  /** Subscriptions to feeds, whose items become articles. */
  readonly feeds: Feeds;
  /** Background imports the reader polls. */
  readonly imports = new ImportJobs(
    (paths, onProgress) => this.import(paths, onProgress),
    (id) => this.articles.get(id)?.title,
  );

  private constructor(
    readonly file: string,
    readonly db: Database,
  ) {
    this.articles = new ArticleStore(db);
    this.pictures = new PictureStore(db);
    this.stories = new Stories(db);
    this.entities = new EntityStore(db, (id, body, signature) => this.stories.place(id, body, signature));
    this.reclustering = new ReclusterJobs(db, this.stories);
    this.shelves = new ArticleShelves(db, this.entities);
    this.reextraction = new ReextractJobs(db, this.entities);
    this.search = new ArticleSearch(db);
    this.facets = new FacetCounts(db);
    this.reading = new ReadingState(db);
    this.views = new SavedViews(db);
    const settings = { get: (key: string) => this.getSetting(key), set: (key: string, value: string) => this.setSetting(key, value) };
    this.annotations = new Annotations(db, settings);
    this.review = new ReviewStore(db, settings);
    this.waiting = new WaitingArticles(db, {
      articles: this.articles,
      pictures: this.pictures,
      entities: this.entities,
      highlights: this.annotations.highlights,
    });
    this.feeds = new Feeds({
      db,
      dbFile: file,
      articles: this.articles,
      pictures: this.pictures,
      entities: this.entities,
      highlights: this.annotations.highlights,
    });
  }

  /**
   * Opens a library file, creating it if needed; one that holds an older schema is backed up beside itself
   * before it is upgraded. Asynchronous because SQLite's backup API is: the CLI, browser mode and Electron
   * all open a person's library through here, so no path upgrades a library without its backup.
   */
  static async open(file: string, options: OpenDatabaseOptions = {}): Promise<Library> {
    return new Library(file, await openDatabase(file, options));
  }

  /** Makes a new library at `file`, which must not exist. Synchronous, since there is nothing to back up. */
  static create(file: string, options: OpenDatabaseOptions = {}): Library {
    return new Library(file, createDatabase(file, options));
  }

  import(paths: readonly string[], onProgress?: (progress: ImportProgress) => void): Promise<ImportResult[]> {
    return importPaths(
      {
        db: this.db,
        articles: this.articles,
        pictures: this.pictures,
        entities: this.entities,
        highlights: this.annotations.highlights,
        dbFile: this.file,
        moveIn: (exported) => importMovedExport(this, exported),
        moveInLibrary: (folder, manifest) => importLibraryFolder(this, folder, manifest),
      },
      paths,
      onProgress,
    );
  }

  /** Imports files sent by a browser; results name the files as the browser named them. */
  async importUploads(uploads: readonly Upload[]): Promise<ImportResult[]> {
    const { saved, errors } = this.keepUploads(uploads);
    const results = saved.size > 0 ? await this.import([...saved.keys()]) : [];
    return [...errors, ...results.map((r) => ({ ...r, file: saved.get(r.file) ?? r.file }))];
  }

  /** Keeps files sent by a browser and imports them as a background job, whose results name them as the browser did. */
  startUploadImport(uploads: readonly Upload[]): number {
    const kept = this.keepUploads(uploads);
    return this.imports.start([...kept.saved.keys()], kept);
  }

  private keepUploads(uploads: readonly Upload[]): SavedUploads {
    return saveUploads(path.join(path.dirname(this.file), 'uploads'), uploads);
  }

  /** Imports the bundled seed articles once, on the library's first opening; later openings do nothing. */
  async seedOnce(seedsDir: string): Promise<void> {
    if (this.getSetting('seeded') !== null) return;
    await this.import([seedsDir]);
    this.setSetting('seeded', new Date().toISOString());
  }

  getSetting(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setSetting(key: string, value: string): void {
    writeQuietly(this.db, 'settings', () =>
      this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value),
    );
  }

  close(): void {
    this.search.close();
    this.db.close();
  }
}
