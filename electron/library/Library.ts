import type { Database } from 'better-sqlite3';
import { ArticleStore } from './articles/articleStore';
import { openDatabase, type OpenDatabaseOptions } from './db/openDatabase';
import { importPaths, type ImportProgress, type ImportResult } from './import/importPaths';
import { ArticleSearch } from './search/searchArticles';

/** One open library file and the domain operations over it. The CLI, browser mode and Electron all use this. */
export class Library {
  readonly articles: ArticleStore;
  readonly search: ArticleSearch;

  private constructor(
    readonly file: string,
    readonly db: Database,
  ) {
    this.articles = new ArticleStore(db);
    this.search = new ArticleSearch(db);
  }

  static open(file: string, options: OpenDatabaseOptions = {}): Library {
    return new Library(file, openDatabase(file, options));
  }

  import(paths: readonly string[], onProgress?: (progress: ImportProgress) => void): Promise<ImportResult[]> {
    return importPaths({ db: this.db, articles: this.articles, dbFile: this.file }, paths, onProgress);
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
