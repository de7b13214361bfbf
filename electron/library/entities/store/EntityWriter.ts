import type { Database, Statement } from 'better-sqlite3';
import type { CorrectionLog, MarkedSpan } from './CorrectionLog';
import type { Corrections } from './Corrections';
import type { EntityKind, Extraction } from '../extract/types';
import { packSpans, type Span } from './packedSpans';

/** Bumped when the extractor changes what it finds, so libraries re-extract in the background. */
export const EXTRACTOR_VERSION = 2;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Where a marked span is now: at its offsets if the text is unchanged there, else its text's nearest occurrence. */
function anchor(body: string, span: MarkedSpan): Span | null {
  if (body.slice(span.start, span.end) === span.text) return span;
  let best: number | null = null;
  for (let at = body.indexOf(span.text); at >= 0; at = body.indexOf(span.text, at + 1)) {
    if (best === null || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + span.text.length };
}

/** Writes one article's entities: the extractor's findings with the user's corrections applied. */
export class EntityWriter {
  private readonly clear: Statement[];
  private readonly byKey: Statement<[string], { id: number; name: string }>;
  private readonly insertEntity: Statement;
  private readonly insertAlias: Statement;
  private readonly insertArticleEntity: Statement;
  private readonly insertDate: Statement;
  private readonly markExtracted: Statement;

  constructor(
    db: Database,
    private readonly log: CorrectionLog,
  ) {
    this.clear = ['article_entities', 'entity_aliases', 'article_dates'].map((t) => db.prepare(`DELETE FROM ${t} WHERE article_id = ?`));
    this.byKey = db.prepare('SELECT id, name FROM entities WHERE key = ?');
    this.insertEntity = db.prepare('INSERT INTO entities (key, kind, name, hidden) VALUES (?, ?, ?, ?)');
    this.insertAlias = db.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, article_id, alias) VALUES (?, ?, ?)');
    this.insertArticleEntity = db.prepare('INSERT INTO article_entities (article_id, entity_id, spans) VALUES (?, ?, ?)');
    // Keyed by place (m020), where findDates gives one date at most; its words are the body's there, not stored again.
    this.insertDate = db.prepare('INSERT OR IGNORE INTO article_dates (article_id, start, end, iso) VALUES (?, ?, ?, ?)');
    this.markExtracted = db.prepare(`INSERT INTO entity_extractions (article_id, version) VALUES (?, ${EXTRACTOR_VERSION})
      ON CONFLICT(article_id) DO UPDATE SET version = excluded.version`);
  }

  /**
   * Replaces the article's mentions, aliases and dates with what the extractor found in `body` (extractEntities,
   * which may have run on another thread). Run it inside the transaction that wrote the article.
   */
  write(articleId: number, body: string, { entities, dates }: Extraction): void {
    const corrections = this.log.current();
    for (const stmt of this.clear) stmt.run(articleId);
    // Each entity's spans, written as one row (m022) rather than a statement a mention.
    const mentioned = new Map<number, Span[]>();
    const mention = (id: number, span: Span) => {
      const spans = mentioned.get(id);
      if (spans) spans.push(span);
      else mentioned.set(id, [span]);
    };

    // A span the user marked wins over whatever the extractor found overlapping it; the newest mark wins among marks.
    const marked: Array<Span & { id: number }> = [];
    for (const span of this.log.spansFor(articleId)) {
      const at = anchor(body, span);
      if (!at || marked.some((m) => overlaps(m, at))) continue;
      const kind = span.key.slice(0, span.key.indexOf(':')) as EntityKind;
      marked.push({ ...at, id: this.ensureEntity(corrections, span.key, kind, span.name).id });
    }
    for (const m of marked) mention(m.id, m);

    for (const found of entities) {
      const entity = this.ensureEntity(corrections, found.key, found.kind, found.name);
      // The entity's own name needs no alias row: filters and cards read it from the entity.
      for (const alias of [found.name, ...found.aliases]) if (alias !== entity.name) this.insertAlias.run(entity.id, articleId, alias);
      for (const m of found.mentions) {
        if (!marked.some((s) => overlaps(s, m))) mention(entity.id, m);
      }
    }
    for (const [id, spans] of [...mentioned].sort(([a], [b]) => a - b)) this.insertArticleEntity.run(articleId, id, packSpans(spans));
    for (const d of dates) this.insertDate.run(articleId, d.start, d.end, d.iso);
    this.markExtracted.run(articleId);
  }

  /** The entity row an extracted key belongs to after merges, created (renamed, re-kinded, hidden as corrected) on first sight. */
  private ensureEntity(corrections: Corrections, key: string, kind: EntityKind, name: string): { id: number; name: string } {
    const target = corrections.resolve(key);
    const row = this.byKey.get(target);
    if (row) return row;
    const hidden = corrections.isHidden(target) ? 1 : 0;
    const finalName = corrections.nameOf(target) ?? name;
    return { id: Number(this.insertEntity.run(target, corrections.kindOf(target) ?? kind, finalName, hidden).lastInsertRowid), name: finalName };
  }
}
