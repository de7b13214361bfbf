import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ArticleStore } from './articles/articleStore';
import { openDatabase, type OpenDatabaseOptions } from './db/openDatabase';
import { EntityStore } from './entities/entityStore';
import { ReextractJobs } from './entities/ReextractJobs';
import { ImportJobs } from './import/ImportJobs';
import { importPaths, type ImportProgress, type ImportResult } from './import/importPaths';
import { saveUploads, type Upload } from './import/saveUploads';
import { FacetCounts } from './search/facetCounts';
import { ReadingState } from './search/readingState';
import { SavedViews } from './search/savedViews';
import { ArticleSearch } from './search/searchArticles';

/** One open library file and the domain operations over it. The CLI, browser mode and Electron all use this. */
export class Library {
  readonly articles: ArticleStore;
  readonly entities: EntityStore;
  /** Background re-extraction of entities the reader polls. */
  readonly reextraction: ReextractJobs;
  readonly search: ArticleSearch;
  readonly facets: FacetCounts;
  readonly reading: ReadingState;
  readonly views: SavedViews;
  /** Background imports the reader polls. */
  readonly imports = new ImportJobs((paths, onProgress) => this.import(paths, onProgress));

  private constructor(
    readonly file: string,
    readonly db: Database,
  ) {
    this.articles = new ArticleStore(db);
    this.entities = new EntityStore(db);
    this.reextraction = new ReextractJobs(db, this.entities);
    this.search = new ArticleSearch(db);
    this.facets = new FacetCounts(db);
    this.reading = new ReadingState(db);
    this.views = new SavedViews(db);
  }

  static open(file: string, options: OpenDatabaseOptions = {}): Library {
    return new Library(file, openDatabase(file, options));
  }

  import(paths: readonly string[], onProgress?: (progress: ImportProgress) => void): Promise<ImportResult[]> {
    return importPaths({ db: this.db, articles: this.articles, entities: this.entities, dbFile: this.file }, paths, onProgress);
  }

  /** Imports files sent by a browser; results name the files as the browser named them. */
  async importUploads(uploads: readonly Upload[]): Promise<ImportResult[]> {
    const { saved, errors } = saveUploads(path.join(path.dirname(this.file), 'uploads'), uploads);
    const results = saved.size > 0 ? await this.import([...saved.keys()]) : [];
    return [...errors, ...results.map((r) => ({ ...r, file: saved.get(r.file) ?? r.file }))];
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
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  close(): void {
    this.db.close();
  }
}
