import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import { RequestError } from '../../common/RequestError';
import { anchor, describeRange, findQuote, QuoteError } from './anchor';
import type { HighlightRecord, HighlightTarget } from '../../common/contract/highlightsContract';
import type { Highlight, HighlightFields } from '../../common/shapes/highlightShapes';
import { HIGHLIGHT_SELECT, toHighlight, type HighlightRow } from './highlightRows';
import type { TagStore } from './TagStore';

export interface ReanchorCounts {
  kept: number;
  moved: number;
  orphaned: number;
}

/** Creates, edits and re-anchors highlights. Each change is one transaction, so a highlight is never half-written. */
export class HighlightStore {
  private readonly body: Statement<[number], { body: string; version: number }>;
  private readonly one: Statement<[number], HighlightRow>;
  private readonly byUuid: Statement<[string], { id: number }>;
  private readonly ofArticle: Statement<[number], HighlightRow>;
  private readonly samePlace: Statement<[number, number, number], { id: number }>;
  private readonly insert: Statement;
  private readonly edit: Statement;
  private readonly place: Statement;
  private readonly remove: Statement<[number]>;
  private readonly clearTags: Statement<[number]>;
  private readonly addTag: Statement<[number, number]>;

  constructor(
    private readonly db: Database,
    private readonly tags: TagStore,
  ) {
    this.body = db.prepare('SELECT body, version FROM articles WHERE id = ?');
    this.one = db.prepare(`${HIGHLIGHT_SELECT} WHERE h.id = ?`);
    this.byUuid = db.prepare('SELECT id FROM highlights WHERE uuid = ?');
    this.ofArticle = db.prepare(`${HIGHLIGHT_SELECT} WHERE h.article_id = ? ORDER BY h.start IS NULL, h.start, h.end, h.id`);
    this.samePlace = db.prepare('SELECT id FROM highlights WHERE article_id = ? AND start = ? AND end = ? ORDER BY id LIMIT 1');
    this.insert = db.prepare(`INSERT INTO highlights (uuid, article_id, exact, prefix, suffix, start, end, color, note, created_at, updated_at, version)
      VALUES (@uuid, @articleId, @quote, @prefix, @suffix, @start, @end, @color, @note, @created, @modified, @version)`);
    this.edit = db.prepare('UPDATE highlights SET color = @color, note = @note, updated_at = @modified WHERE id = @id');
    this.place = db.prepare('UPDATE highlights SET exact = @quote, prefix = @prefix, suffix = @suffix, start = @start, end = @end WHERE id = @id');
    this.remove = db.prepare('DELETE FROM highlights WHERE id = ?');
    this.clearTags = db.prepare('DELETE FROM highlight_tags WHERE highlight_id = ?');
    this.addTag = db.prepare('INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)');
  }

  get(id: number): Highlight {
    const row = this.one.get(id);
    if (!row) throw new RequestError('not_found', `There is no highlight ${id}.`);
    return toHighlight(row);
  }

  /** The article's highlights in text order, orphaned ones last. */
  forArticle(articleId: number): Highlight[] {
    return this.ofArticle.all(articleId).map(toHighlight);
  }

  /**
   * A new highlight; or, where one already covers exactly the same text, that one in the colour asked (with the note,
   * if one is given, and the tags added), so highlighting a passage twice never makes two identical highlights.
   * Overlapping highlights that differ in either end are kept apart.
   */
  create(articleId: number, target: HighlightTarget, fields: HighlightFields): Highlight {
    const { body, version } = this.article(articleId);
    const { start, end } = 'quote' in target ? locateQuote(body, articleId, target.quote, target.occurrence) : target;
    const range = describeChecked(body, articleId, start, end);
    if (range.quote.exact.trim() === '')
      throw new RequestError('invalid', `A highlight needs some text; [${start}, ${end}) of article ${articleId} is only whitespace.`);
    const same = this.samePlace.get(articleId, range.position.start, range.position.end);
    if (same) {
      const current = this.get(same.id);
      const tags = fields.tags.length > 0 ? [...current.tags, ...fields.tags] : undefined;
      return this.update(same.id, { color: fields.color, ...(fields.note !== '' && { note: fields.note }), ...(tags && { tags }) });
    }
    const now = new Date().toISOString();
    return this.write({
      uuid: randomUUID(),
      articleId,
      quote: range.quote.exact,
      prefix: range.quote.prefix,
      suffix: range.quote.suffix,
      start: range.position.start,
      end: range.position.end,
      ...fields,
      created: now,
      modified: now,
      version,
    });
  }

  /**
   * Puts back a highlight carried by an export, a backup or an undo, placed by its selectors in the article as it
   * is now (orphaned if its text is gone). One that is already here (same uuid) is left as it is: no duplicates.
   */
  put(record: HighlightRecord): { highlight: Highlight; created: boolean } {
    const existing = this.byUuid.get(record.uuid);
    if (existing) return { highlight: this.get(existing.id), created: false };
    const { body, version } = this.article(record.articleId);
    const found = anchor(
      body,
      { type: 'TextQuoteSelector', exact: record.quote, prefix: record.prefix, suffix: record.suffix },
      record.start === null || record.end === null ? undefined : { type: 'TextPositionSelector', start: record.start, end: record.end },
    );
    const placed = found ? describeRange(body, found.start, found.end) : null;
    return {
      highlight: this.write({
        ...record,
        quote: placed?.quote.exact ?? record.quote,
        prefix: placed?.quote.prefix ?? record.prefix,
        suffix: placed?.quote.suffix ?? record.suffix,
        start: placed?.position.start ?? null,
        end: placed?.position.end ?? null,
        version: record.version ?? (placed ? version : null),
      }),
      created: true,
    };
  }

  update(id: number, changes: Partial<HighlightFields>): Highlight {
    const current = this.get(id);
    this.db.transaction(() => {
      this.edit.run({ id, color: changes.color ?? current.color, note: changes.note ?? current.note, modified: new Date().toISOString() });
      if (changes.tags) this.setTags(id, changes.tags);
    })();
    return this.get(id);
  }

  /** Deletes the highlight and returns it as it was, so an undo can put it back. */
  delete(id: number): Highlight {
    const highlight = this.get(id);
    this.remove.run(id);
    return highlight;
  }

  /** Moves a highlight (an orphaned one, typically) onto a new selection of its article. */
  reattach(id: number, start: number, end: number): Highlight {
    const highlight = this.get(id);
    const range = describeChecked(this.article(highlight.articleId).body, highlight.articleId, start, end);
    this.db.transaction(() => {
      this.placeAt(id, range);
      this.edit.run({ id, color: highlight.color, note: highlight.note, modified: new Date().toISOString() });
    })();
    return this.get(id);
  }

  /**
   * Places the article's highlights in its new body: where they were if the text there is unchanged, else by
   * quote and context, else by a close enough approximate match; the rest are kept orphaned. Runs inside the
   * transaction that changed the body, so a highlight never points into text it was not made on.
   */
  reanchorArticle(articleId: number, body: string): ReanchorCounts {
    const counts: ReanchorCounts = { kept: 0, moved: 0, orphaned: 0 };
    for (const h of this.forArticle(articleId)) {
      const position = h.start === null || h.end === null ? undefined : { type: 'TextPositionSelector' as const, start: h.start, end: h.end };
      const found = anchor(body, { type: 'TextQuoteSelector', exact: h.quote, prefix: h.prefix, suffix: h.suffix }, position);
      if (!found) {
        // The selectors stay as they were, so a later version of the text may place the highlight again.
        this.place.run({ id: h.id, quote: h.quote, prefix: h.prefix, suffix: h.suffix, start: null, end: null });
        counts.orphaned++;
        continue;
      }
      this.placeAt(h.id, describeRange(body, found.start, found.end));
      if (found.method === 'position') counts.kept++;
      else counts.moved++;
    }
    return counts;
  }

  private write(record: HighlightRecord & { version: number | null }): Highlight {
    const id = this.db.transaction(() => {
      const newId = Number(this.insert.run(record).lastInsertRowid);
      this.setTags(newId, record.tags);
      return newId;
    })();
    return this.get(id);
  }

  private setTags(id: number, names: readonly string[]): void {
    this.clearTags.run(id);
    for (const tagId of this.tags.ensure(names)) this.addTag.run(id, tagId);
  }

  private placeAt(id: number, range: ReturnType<typeof describeRange>): void {
    const { exact: quote, prefix, suffix } = range.quote;
    this.place.run({ id, quote, prefix, suffix, start: range.position.start, end: range.position.end });
  }

  private article(articleId: number): { body: string; version: number } {
    const row = this.body.get(articleId);
    if (!row) throw new RequestError('not_found', `There is no article ${articleId}.`);
    return row;
  }
}

function locateQuote(body: string, articleId: number, quote: string, occurrence?: number): { start: number; end: number } {
  try {
    return findQuote(body, quote, occurrence);
  } catch (err) {
    if (err instanceof QuoteError) {
      const hint = err.reason === 'ambiguous' ? ' (give --occurrence N, 1 to ' + err.occurrences + ')' : '';
      throw new RequestError('invalid', `Article ${articleId}: ${err.message}${hint}: "${quote.slice(0, 80)}"`);
    }
    throw err;
  }
}

function describeChecked(body: string, articleId: number, start: number, end: number): ReturnType<typeof describeRange> {
  try {
    return describeRange(body, start, end);
  } catch (err) {
    if (err instanceof RangeError) throw new RequestError('invalid', `Article ${articleId}: ${err.message}.`);
    throw err;
  }
}
