import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../common/shapes/highlightColors';
import { stableUuid } from '../../export/formats/stableUuid';
import { DOSSIER_TERMS } from '../../export/formats/w3cExport';

/** Where an annotation points: what identifies its article, as far as the file says. */
export interface ArticleRef {
  source: string | null;
  file: string | null;
  sha256: string | null;
}

/** An annotation read from our JSON export or another tool's, in the terms the library stores. */
export interface ReadAnnotation {
  uuid: string;
  article: ArticleRef;
  /** Null for an annotation on the whole article (its note and tags). */
  quote: { exact: string; prefix: string; suffix: string } | null;
  /** Code points, as W3C counts them. */
  position: { start: number; end: number } | null;
  color: HighlightColor;
  note: string;
  tags: string[];
  created: string | null;
  modified: string | null;
}

/** The file is JSON but not annotations we can read; the message says what was expected. */
export class AnnotationFormatError extends Error {
  override name = 'AnnotationFormatError';
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const hasType = (v: Json, type: string) => asList(v.type).includes(type);

/**
 * The annotations in a parsed JSON file: a W3C AnnotationCollection (ours, with its page embedded), an
 * AnnotationPage, one Annotation, a list of them, or Hypothesis's API answer (`rows`) and annotations (`uri`,
 * `text`, `tags`, `target[].source` with selectors).
 */
export function readAnnotations(json: unknown): ReadAnnotation[] {
  return annotationsIn(json).map((a, i) => {
    if (!isObject(a)) throw new AnnotationFormatError(`Annotation ${i + 1} is not an object.`);
    return readOne(a);
  });
}

function annotationsIn(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) throw new AnnotationFormatError('Expected a W3C AnnotationCollection, AnnotationPage or Annotation, or a list of annotations.');
  if (hasType(json, 'AnnotationCollection')) {
    const first: unknown = Array.isArray(json.first) ? (json.first as unknown[])[0] : json.first;
    if (first === undefined && (json.total === 0 || json.total === undefined)) return [];
    if (!isObject(first))
      throw new AnnotationFormatError('The AnnotationCollection does not hold its annotations: its "first" page is not embedded in the file.');
    return annotationsIn(first);
  }
  if (hasType(json, 'AnnotationPage')) {
    if (!Array.isArray(json.items)) throw new AnnotationFormatError('The AnnotationPage has no "items" list.');
    return json.items;
  }
  if (Array.isArray(json.rows)) return json.rows;
  if (hasType(json, 'Annotation') || json.target !== undefined) return [json];
  throw new AnnotationFormatError('Expected a W3C AnnotationCollection, AnnotationPage or Annotation, or a list of annotations; found none of these.');
}

function readOne(a: Json): ReadAnnotation {
  const target = asList(a.target).find((t): t is string | Json => typeof t === 'string' || isObject(t));
  const selectors = isObject(target) ? asList(target.selector).filter(isObject) : [];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string');
  const position = selectors.find((s) => s.type === 'TextPositionSelector' && isOffset(s.start) && isOffset(s.end) && (s.end as number) > (s.start as number));
  const { notes, tags, color } = readBodies(a);
  const created = text(a.created) ?? text(a.updated);
  return {
    uuid: uuidOf(a),
    article: articleRef(a, target),
    quote: quote ? { exact: quote.exact as string, prefix: text(quote.prefix) ?? '', suffix: text(quote.suffix) ?? '' } : null,
    position: position ? { start: position.start as number, end: position.end as number } : null,
    color: colorOf(a['dossier:color']) ?? colorOf(a[`${DOSSIER_TERMS}color`]) ?? color ?? 'yellow',
    note: notes.join('\n\n'),
    tags,
    created,
    modified: text(a.modified) ?? text(a.updated) ?? created,
  };
}

/** Our own ids are `urn:uuid:`; another tool's id becomes a UUID derived from it, the same on every import. */
function uuidOf(a: Json): string {
  const id = text(a.id) ?? text(a['@id']);
  const ours = id?.match(/^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i);
  if (ours) return ours[1]!.toLowerCase();
  return stableUuid(id ? `id:${id}` : `annotation:${JSON.stringify(a)}`);
}

function articleRef(a: Json, target: string | Json | undefined): ArticleRef {
  let source: string | null = null;
  if (typeof target === 'string') source = target;
  else if (target) {
    const src = target.source;
    source = text(src) ?? (isObject(src) ? text(src.id) : null) ?? text(target.id);
  }
  const term = (name: string) => (isObject(target) ? (text(target[`dossier:${name}`]) ?? text(target[`${DOSSIER_TERMS}${name}`])) : null);
  return { source: source ?? text(a.uri), file: term('file'), sha256: term('sha256') };
}

/** Notes (commenting or unlabelled text bodies, `bodyValue`, Hypothesis's `text`), tags and a colour body. */
function readBodies(a: Json): { notes: string[]; tags: string[]; color: HighlightColor | null } {
  const notes: string[] = [];
  const tags: string[] = [];
  let color: HighlightColor | null = null;
  for (const body of asList(a.body)) {
    if (!isObject(body)) continue;
    const value = text(body.value) ?? text(body.chars);
    if (value === null) continue;
    const purposes = asList(body.purpose);
    if (purposes.includes('tagging')) tags.push(value);
    else if (purposes.includes('highlighting')) color = colorOf(value) ?? color;
    else if (value.trim()) notes.push(value);
  }
  for (const value of [a.bodyValue, a.text]) if (typeof value === 'string' && value.trim()) notes.push(value);
  for (const tag of asList(a.tags)) if (typeof tag === 'string') tags.push(tag);
  return { notes, tags, color };
}

function colorOf(value: unknown): HighlightColor | null {
  return HIGHLIGHT_COLORS.find((c) => c === (typeof value === 'string' ? value.trim().toLowerCase() : null)) ?? null;
}

function isOffset(v: unknown): boolean {
  return Number.isInteger(v) && (v as number) >= 0;
}
