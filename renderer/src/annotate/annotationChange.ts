import type { ResponseOf } from '../../../electron/common/contract/contract';
import { parseQuery } from '../../../electron/common/query/queryParser';

type Annotations = ResponseOf<'annotations.forArticle'>;

/**
 * What the rest of the reader can see of one article's annotations: its row's badges, and what `has:`, `color:`
 * and `tag:` match (the only operators that look at annotations; words search the article's own text).
 */
export interface AnnotationFacts {
  highlights: number;
  /** The article's own note and its highlights that carry one, as the row's badge counts them. */
  notes: number;
  colors: string[];
  /** On the article or on one of its highlights, lowercased, as `tag:` and the Tags list find them. */
  tags: string[];
}

/** A stored change to an article's annotations. `before` is null when they were not known before it. */
export interface AnnotationChange {
  articleId: number;
  before: AnnotationFacts | null;
  after: AnnotationFacts;
}

export function annotationFacts({ note, tags, highlights }: Annotations): AnnotationFacts {
  const names = (list: string[]) => [...new Set(list)].sort();
  return {
    highlights: highlights.length,
    notes: highlights.filter((h) => h.note !== '').length + (note !== '' ? 1 : 0),
    colors: names(highlights.map((h) => h.color)),
    tags: names([...tags, ...highlights.flatMap((h) => h.tags)].map((t) => t.toLowerCase())),
  };
}

export function sameFacts(a: AnnotationFacts, b: AnnotationFacts): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** For each fact a query can ask about, whether the change can have turned its answer for the article. */
function moved({ before, after }: AnnotationChange) {
  if (!before) return { highlights: true, notes: true, colors: true, tags: true };
  return {
    highlights: before.highlights > 0 !== after.highlights > 0,
    notes: before.notes > 0 !== after.notes > 0,
    colors: before.colors.join() !== after.colors.join(),
    tags: before.tags.join('\n') !== after.tags.join('\n'),
  };
}

/** Whether `query` may find other articles after the change (a second yellow highlight moves no `color:yellow`). */
export function queryCanSee(query: string, change: AnnotationChange): boolean {
  const m = moved(change);
  return parseQuery(query).filters.some((f) => (f.field === 'has' && m[f.value]) || (f.field === 'color' && m.colors) || (f.field === 'tag' && m.tags));
}

/**
 * Whether the filter pane's counts can move. All of them are counted over the query's matches, so any can when
 * the query can see the change; otherwise only "With notes" (the article's first note or its last) and the Tags
 * list (a tag new to the article, or gone from it) count annotations at all.
 */
export function facetsCanSee(query: string, change: AnnotationChange): boolean {
  const m = moved(change);
  return m.notes || m.tags || queryCanSee(query, change);
}
