import type { Database, Statement } from 'better-sqlite3';
import { RequestError } from '../../common/RequestError';
import type { VersionPassage, VersionSummary, VersionText } from '../../common/shapes/versionShapes';
import { DEFAULT_VERSIONS_KEPT, VERSIONS_KEPT_RANGE } from '../../common/shapes/versionsKept';
import { anchor } from '../annotations/anchor';
import { packVersion, unpackVersion } from './versionText';

const KEPT_KEY = 'versions.kept';
/** Characters of the old text shown on each side of an orphaned highlight's quote. */
const PASSAGE_CONTEXT = 160;

interface CurrentRow {
  version: number;
  title: string;
  body: string;
  words: number;
  importedAt: string;
}

interface StoredRow {
  version: number;
  importedAt: string;
  words: number;
  title: string;
  text: Uint8Array;
}

/**
 * The earlier versions of articles' texts: kept when an article's text is replaced in place, at most the number of
 * versions the user chose (the oldest go first), each packed against the next (versionText.ts), so reading one
 * unpacks the chain down from the current text.
 */
export class ArticleVersions {
  private readonly current: Statement<[number], CurrentRow>;
  private readonly stored: Statement<[number], StoredRow>;
  private readonly summaries: Statement<[number], Omit<VersionSummary, 'current'>>;
  private readonly insert: Statement;
  private readonly bump: Statement<[number, number]>;
  private readonly prune: Statement<[number, number]>;
  private readonly pruneAll: Statement<[number]>;
  private readonly setting: Statement<[string], { value: string }>;
  private readonly saveSetting: Statement<[string, string]>;

  constructor(private readonly db: Database) {
    this.current = db.prepare(`SELECT version, title, body, word_count AS words, updated_at AS importedAt FROM articles WHERE id = ?`);
    this.stored = db.prepare(`SELECT version, imported_at AS importedAt, words, title, text FROM article_versions WHERE article_id = ? ORDER BY version DESC`);
    this.summaries = db.prepare('SELECT version, imported_at AS importedAt, words FROM article_versions WHERE article_id = ? ORDER BY version');
    this.insert = db.prepare(`INSERT INTO article_versions (article_id, version, imported_at, words, title, text)
      VALUES (@articleId, @version, @importedAt, @words, @title, @text)`);
    this.bump = db.prepare('UPDATE articles SET version = ? WHERE id = ?');
    this.prune = db.prepare('DELETE FROM article_versions WHERE article_id = ? AND version <= ?');
    this.pruneAll = db.prepare(`DELETE FROM article_versions WHERE version <= (SELECT a.version FROM articles a WHERE a.id = article_versions.article_id) - ?`);
    this.setting = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.saveSetting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  }

  /**
   * Keeps the article's current text as a version before `body` replaces it, inside the caller's transaction. Nothing is
   * kept when the text stays the same, or when there was none (an article waiting for its page).
   */
  keepBeforeUpdate(articleId: number, body: string): void {
    const now = this.current.get(articleId);
    if (!now || now.body === body || now.body === '') return;
    const next = now.version + 1;
    // The version below stays packed against this text, which is kept too: the chain holds without repacking.
    this.insert.run({ articleId, version: now.version, importedAt: now.importedAt, words: now.words, title: now.title, text: packVersion(now.body, body) });
    this.bump.run(next, articleId);
    this.prune.run(articleId, next - this.kept());
  }

  /** Every version, oldest first, the current one last. */
  list(articleId: number): VersionSummary[] {
    const now = this.require(articleId);
    const earlier = this.summaries.all(articleId).map((v) => ({ ...v, current: false }));
    return [...earlier, { version: now.version, importedAt: now.importedAt, words: now.words, current: true }];
  }

  /** One version with its text. */
  text(articleId: number, version: number): VersionText {
    const found = this.texts(articleId).find((v) => v.version === version);
    if (!found) throw new RequestError('not_found', `Article ${articleId} has no version ${version}.`);
    return found;
  }

  /** Every version with its text, newest (the current one) first: unpacked in one walk down the chain. */
  texts(articleId: number): VersionText[] {
    const now = this.require(articleId);
    const all: VersionText[] = [{ version: now.version, importedAt: now.importedAt, words: now.words, current: true, title: now.title, body: now.body }];
    for (const row of this.stored.all(articleId)) {
      all.push({
        version: row.version,
        importedAt: row.importedAt,
        words: row.words,
        current: false,
        title: row.title,
        body: unpackVersion(row.text, all.at(-1)!.body),
      });
    }
    return all;
  }

  /**
   * Puts back an article's earlier versions (from a backup or a library export), newest first, below its current text,
   * which must already be written; the article's version number becomes the one above them.
   */
  restore(articleId: number, current: number, earlier: readonly Omit<VersionText, 'current'>[]): void {
    const now = this.require(articleId);
    let next = now.body;
    for (const v of [...earlier].sort((a, b) => b.version - a.version)) {
      if (v.version >= current) throw new RequestError('invalid', `Article ${articleId}: version ${v.version} is not below the current one (${current}).`);
      this.insert.run({ articleId, version: v.version, importedAt: v.importedAt, words: v.words, title: v.title, text: packVersion(v.body, next) });
      next = v.body;
    }
    this.bump.run(current, articleId);
  }

  /** The passage an orphaned highlight was made on, in the version it was made on, if that version is still kept. */
  passage(articleId: number, highlight: { version: number | null; quote: string; prefix: string; suffix: string }): VersionPassage | null {
    if (highlight.version === null) return null;
    const kept = this.texts(articleId).find((v) => v.version === highlight.version);
    const found = kept && anchor(kept.body, { type: 'TextQuoteSelector', exact: highlight.quote, prefix: highlight.prefix, suffix: highlight.suffix });
    if (!kept || !found) return null;
    const from = Math.max(0, found.start - PASSAGE_CONTEXT);
    const to = Math.min(kept.body.length, found.end + PASSAGE_CONTEXT);
    return {
      version: kept.version,
      before: `${from > 0 ? '…' : ''}${kept.body.slice(from, found.start)}`,
      quote: kept.body.slice(found.start, found.end),
      after: `${kept.body.slice(found.end, to)}${to < kept.body.length ? '…' : ''}`,
    };
  }

  /** How many versions of each article are kept, the current one included. */
  kept(): number {
    const value = Number(this.setting.get(KEPT_KEY)?.value);
    return Number.isInteger(value) && value >= VERSIONS_KEPT_RANGE[0] && value <= VERSIONS_KEPT_RANGE[1] ? value : DEFAULT_VERSIONS_KEPT;
  }

  /** Changes how many are kept; lowering it lets go of the versions now past the bound at once. */
  setKept(kept: number): number {
    this.db.transaction(() => {
      this.saveSetting.run(KEPT_KEY, String(kept));
      this.pruneAll.run(kept);
    })();
    return kept;
  }

  private require(articleId: number): CurrentRow {
    const now = this.current.get(articleId);
    if (!now) throw new RequestError('not_found', `There is no article ${articleId}.`);
    return now;
  }
}
