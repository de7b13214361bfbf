import type { Database } from 'better-sqlite3';
import type { ComparedArticle } from '../../common/contract/storiesContract';
import { RequestError } from '../../common/RequestError';
import { wordHashes } from './minHash';
import { mentionsInTextOrder } from '../entities/store/packedSpans';

interface Sentence {
  text: string;
  /** Pairs of words in a row: shared wording within one language. */
  pairs: Set<string>;
  /** Entities named (by their cross-language ids) and numbers written: what a translation keeps. */
  anchors: Set<string>;
}

// A sentence ends at . ! ? (or their CJK forms) followed by a space or the end, or at a line break.
const SENTENCE_END = /(?<=[.!?。！？…])\s+|\n+/u;
const NUMBER = /\d+(?:[.,]\d+)*/g;
/** Share of a sentence's word pairs found in one of the other article's: the same sentence, lightly edited. */
const SAME_WORDING = 0.35;
/** Share of the smaller sentence's anchors (two at least) found in one sentence of the other: the same fact, another language. */
const SAME_ANCHORS = 0.6;

/**
 * Two articles side by side, each sentence marked as reported by the other article or only by its own: shared when a
 * sentence of the other says it in much the same words (one language), or names most of the same entities and numbers
 * (any language: entities by their cross-language keys, numbers as written).
 */
export function compareArticles(db: Database, a: number, b: number): { a: ComparedArticle; b: ComparedArticle } {
  const left = read(db, a);
  const right = read(db, b);
  const sameLanguage = left.article.language !== null && left.article.language === right.article.language;
  const mark = (own: Sentence[], other: Sentence[]) => own.map((s) => ({ text: s.text, shared: other.some((o) => alike(s, o, sameLanguage)) }));
  return {
    a: { ...left.article, sentences: mark(left.sentences, right.sentences) },
    b: { ...right.article, sentences: mark(right.sentences, left.sentences) },
  };
}

function alike(s: Sentence, o: Sentence, sameLanguage: boolean): boolean {
  if (sameLanguage && s.pairs.size > 0 && overlap(s.pairs, o.pairs) / s.pairs.size >= SAME_WORDING) return true;
  const common = overlap(s.anchors, o.anchors);
  return common >= 2 && common / Math.min(s.anchors.size, o.anchors.size) >= SAME_ANCHORS;
}

function overlap(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let n = 0;
  for (const v of x) if (y.has(v)) n++;
  return n;
}

function read(db: Database, id: number): { article: Omit<ComparedArticle, 'sentences'>; sentences: Sentence[] } {
  const row = db.prepare('SELECT id, title, source, language, published, body FROM articles WHERE id = ?').get(id) as
    (Omit<ComparedArticle, 'sentences'> & { body: string }) | undefined;
  if (!row) throw new RequestError('not_found', `There is no article ${id}.`);
  const { body, ...article } = row;
  const rows = db.prepare('SELECT entity_id AS id, spans FROM article_entities WHERE article_id = ?').all(id) as { id: number; spans: Buffer }[];
  const mentions = mentionsInTextOrder(rows);
  const sentences: Sentence[] = [];
  let at = 0;
  for (const part of body.split(SENTENCE_END)) {
    const start = body.indexOf(part, at);
    at = start + part.length;
    const text = part.trim();
    if (!text) continue;
    const words = wordHashes(text);
    const anchors = new Set([
      ...mentions.filter((m) => m.start >= start && m.start < at).map((m) => `e${m.id}`),
      ...Array.from(text.matchAll(NUMBER), (m) => `n${m[0].replace(/[.,]/g, '')}`),
    ]);
    sentences.push({ text, pairs: new Set(words.slice(1).map((w, i) => `${words[i]}:${w}`)), anchors });
  }
  return { article, sentences };
}
