import type { Database, Statement } from 'better-sqlite3';
import { CorrectionLog } from './CorrectionLog';
import { EntityQueries } from './EntityQueries';
import type { EntityCorrection } from '../../../common/contract/entitiesContract';
import type { EntityCard } from '../../../common/shapes/entityShapes';
import { EXTRACTOR_VERSION, EntityWriter } from './EntityWriter';
import { entityKey, extractEntities, type Extraction } from '../extract/extractEntities';
import { packSpans, unpackSpans } from './packedSpans';

/** A correction that cannot apply: the message says why (an unknown id, an empty span). */
export class CorrectionError extends Error {
  override name = 'CorrectionError';
}

/** The library's entities: written from each article as it is imported or re-extracted, read by the reader, corrected by the user. */
export class EntityStore {
  readonly read: EntityQueries;
  private readonly log: CorrectionLog;
  private readonly writer: EntityWriter;
  private readonly byKey: Statement<[string], { id: number }>;
  private readonly articleText: Statement<[number], { body: string; language: string | null }>;
  private readonly outdated: Statement<[], { id: number }>;
  private readonly allIds: Statement<[], { id: number }>;
  private readonly allCurrent: Statement<[], number>;
  private readonly setName: Statement;
  private readonly setKind: Statement;
  private readonly setHidden: Statement;
  private readonly mergeAliases: Statement;
  private readonly mergeNameAsAlias: Statement;
  private readonly spansToMerge: Statement<{ from: number; into: number }, { articleId: number; spans: Buffer; intoSpans: Buffer | null }>;
  private readonly writeSpans: Statement<[number, number, Buffer]>;
  private readonly keepNameAsAlias: Statement;
  private readonly remove: Statement;
  private readonly pruneStmt: Statement;

  /**
   * `written` hears of each article whose entities were just written, in the same transaction (stories place it), with
   * its signature when the importer hashed it (articleSignature).
   */
  constructor(
    private readonly db: Database,
    private readonly written: (articleId: number, body: string, signature?: Uint16Array) => void = () => {},
  ) {
    this.read = new EntityQueries(db);
    this.log = new CorrectionLog(db);
    this.writer = new EntityWriter(db, this.log);
    this.byKey = db.prepare('SELECT id FROM entities WHERE key = ?');
    this.articleText = db.prepare('SELECT body, language FROM articles WHERE id = ?');
    this.outdated = db.prepare(`SELECT a.id FROM articles a LEFT JOIN entity_extractions x ON x.article_id = a.id
      WHERE x.version IS NOT ${EXTRACTOR_VERSION} ORDER BY a.id`);
    this.allIds = db.prepare('SELECT id FROM articles ORDER BY id');
    this.allCurrent = db
      .prepare<[], number>(`SELECT (SELECT count(*) FROM entity_extractions WHERE version = ${EXTRACTOR_VERSION}) = (SELECT count(*) FROM articles)`)
      .pluck();
    this.setName = db.prepare('UPDATE entities SET name = ? WHERE id = ?');
    this.setKind = db.prepare('UPDATE entities SET kind = ? WHERE id = ?');
    this.setHidden = db.prepare('UPDATE entities SET hidden = ? WHERE id = ?');
    this.mergeNameAsAlias = db.prepare(`INSERT OR IGNORE INTO entity_aliases (entity_id, article_id, alias)
      SELECT @into, x.article_id, e.name FROM article_entities x JOIN entities e ON e.id = x.entity_id WHERE x.entity_id = @from`);
    this.mergeAliases = db.prepare(`INSERT OR IGNORE INTO entity_aliases (entity_id, article_id, alias)
      SELECT @into, article_id, alias FROM entity_aliases WHERE entity_id = @from`);
    // Each article of the merged entity, with the spans the other has there too: a span both were found at is kept once.
    this.spansToMerge = db.prepare(`SELECT f.article_id AS articleId, f.spans, i.spans AS intoSpans FROM article_entities f
      LEFT JOIN article_entities i ON i.article_id = f.article_id AND i.entity_id = @into WHERE f.entity_id = @from`);
    this.writeSpans = db.prepare(`INSERT INTO article_entities (article_id, entity_id, spans) VALUES (?, ?, ?)
      ON CONFLICT (article_id, entity_id) DO UPDATE SET spans = excluded.spans`);
    // The writer stores no alias equal to the entity's name, so a renamed entity keeps its old name as one here.
    this.keepNameAsAlias = db.prepare(`INSERT OR IGNORE INTO entity_aliases (entity_id, article_id, alias)
      SELECT x.entity_id, x.article_id, e.name FROM article_entities x JOIN entities e ON e.id = x.entity_id WHERE x.entity_id = ?`);
    this.remove = db.prepare('DELETE FROM entities WHERE id = ?');
    // Entities a correction names are kept even when no article mentions them now, so the correction still has its target.
    this.pruneStmt = db.prepare(`DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM article_entities WHERE entity_id = entities.id)
      AND key NOT IN (SELECT key FROM entity_corrections UNION SELECT value FROM entity_corrections WHERE action = 'merge')`);
  }

  /**
   * Stores the article's entities, extracted here unless the importer extracted them (and hashed its signature) on a
   * worker thread; call it inside the transaction that wrote the article.
   */
  extract(articleId: number, body: string, language: string | null, found: Extraction = extractEntities(body, language), signature?: Uint16Array): void {
    this.writer.write(articleId, body, found);
    this.written(articleId, body, signature);
  }

  /** Re-extracts a stored article (in the caller's transaction); an id no longer in the library is skipped. */
  reextract(articleId: number): void {
    const article = this.articleText.get(articleId);
    if (article) this.extract(articleId, article.body, article.language);
  }

  /** Articles to re-extract: all of them, or only those the current extractor has not read. */
  articleIds(all: boolean): number[] {
    // Asked at every start. Two counts say that none is outdated, since an extraction is of one article that exists (a
    // foreign key): 30 ms at a million articles, where finding the outdated ones walks every article (0.3–0.6 s).
    if (!all && this.allCurrent.get() === 1) return [];
    return (all ? this.allIds : this.outdated).all().map((r) => r.id);
  }

  /** Removes entities no article mentions any more (after re-extraction). */
  prune(): void {
    this.pruneStmt.run();
  }

  /** Applies a correction now and records it, so every later extraction applies it again. Returns the entity's card. */
  correct(correction: EntityCorrection): EntityCard {
    return this.db
      .transaction(() => {
        const id = correction.action === 'addSpan' ? this.markSpan(correction) : this.change(correction);
        return this.read.card(id)!;
      })
      .immediate();
  }

  private change(correction: Exclude<EntityCorrection, { action: 'addSpan' }>): number {
    const entity = this.entity(correction.id);
    switch (correction.action) {
      case 'rename': {
        const name = correction.name.trim();
        if (!name) throw new CorrectionError('The new name is empty.');
        this.log.record('rename', entity.key, name);
        this.keepNameAsAlias.run(entity.id);
        this.setName.run(name, entity.id);
        return entity.id;
      }
      case 'setKind':
        this.log.record('kind', entity.key, correction.kind);
        this.setKind.run(correction.kind, entity.id);
        return entity.id;
      case 'hide':
        this.log.record('hide', entity.key, correction.hidden ? '1' : '0');
        this.setHidden.run(correction.hidden ? 1 : 0, entity.id);
        return entity.id;
      case 'merge': {
        const into = this.entity(correction.into);
        if (into.id === entity.id) throw new CorrectionError('An entity cannot be merged into itself.');
        this.log.record('merge', entity.key, into.key);
        const ids = { from: entity.id, into: into.id };
        this.mergeNameAsAlias.run(ids);
        this.mergeAliases.run(ids);
        for (const { articleId, spans, intoSpans } of this.spansToMerge.all(ids)) {
          this.writeSpans.run(articleId, into.id, packSpans([...unpackSpans(spans), ...(intoSpans ? unpackSpans(intoSpans) : [])]));
        }
        // The merged entity's rows go with it.
        this.remove.run(entity.id);
        return into.id;
      }
    }
  }

  private markSpan({ articleId, start, end, target }: Extract<EntityCorrection, { action: 'addSpan' }>): number {
    const article = this.articleText.get(articleId);
    if (!article) throw new CorrectionError(`There is no article ${articleId}.`);
    const text = article.body.slice(start, end);
    if (start >= end || end > article.body.length || !text.trim()) {
      throw new CorrectionError(`[${start}, ${end}) is not a span of article ${articleId}'s text (${article.body.length} characters).`);
    }
    const name = 'id' in target ? this.entity(target.id).name : target.name.trim();
    if (!name) throw new CorrectionError('The entity needs a name.');
    const key = 'id' in target ? this.entity(target.id).key : entityKey(target.kind, name);
    this.log.recordSpan(articleId, { key, name, start, end, text });
    // Rewriting the article applies the span exactly as every later re-extraction will.
    this.extract(articleId, article.body, article.language);
    return this.byKey.get(this.log.current().resolve(key))!.id;
  }

  private entity(id: number) {
    const entity = this.read.get(id);
    if (!entity) throw new CorrectionError(`There is no entity ${id}.`);
    return entity;
  }
}
