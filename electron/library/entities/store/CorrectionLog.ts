import type { Database, Statement } from 'better-sqlite3';
import { Corrections, type CorrectionRow } from './Corrections';

/** A span the user marked: the entity's key and name, and where it was in the article when marked. */
export interface MarkedSpan {
  key: string;
  name: string;
  start: number;
  end: number;
  text: string;
}

/** Stores corrections and keeps their resolved form in memory until a newer one appears (from any process). */
export class CorrectionLog {
  private readonly latestId: Statement<[], { id: number }>;
  private readonly rows: Statement<[], CorrectionRow>;
  private readonly spans: Statement<[number], MarkedSpan>;
  private readonly insert: Statement;
  private cached: { id: number; corrections: Corrections } | null = null;

  constructor(db: Database) {
    this.latestId = db.prepare('SELECT coalesce(max(id), 0) AS id FROM entity_corrections');
    this.rows = db.prepare("SELECT action, key, value FROM entity_corrections WHERE action <> 'span' ORDER BY id");
    this.spans = db.prepare(`SELECT key, value AS name, start, end, text FROM entity_corrections
      WHERE action = 'span' AND article_id = ? ORDER BY id DESC`);
    this.insert = db.prepare(`INSERT INTO entity_corrections (action, key, value, article_id, start, end, text, created_at)
      VALUES (@action, @key, @value, @articleId, @start, @end, @text, @now)`);
  }

  current(): Corrections {
    const { id } = this.latestId.get()!;
    if (this.cached?.id !== id) this.cached = { id, corrections: new Corrections(this.rows.all()) };
    return this.cached.corrections;
  }

  record(action: CorrectionRow['action'], key: string, value: string): void {
    this.insert.run({ action, key, value, articleId: null, start: null, end: null, text: null, now: new Date().toISOString() });
  }

  recordSpan(articleId: number, span: MarkedSpan): void {
    this.insert.run({
      action: 'span',
      key: span.key,
      value: span.name,
      articleId,
      start: span.start,
      end: span.end,
      text: span.text,
      now: new Date().toISOString(),
    });
  }

  /** The article's marked spans, newest first. */
  spansFor(articleId: number): MarkedSpan[] {
    return this.spans.all(articleId);
  }
}
