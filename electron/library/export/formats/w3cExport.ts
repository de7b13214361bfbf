import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Highlight } from '../../../common/shapes/highlightShapes';
import { toCodePoints } from './codePoints';
import type { ExportArticle, ExportSet } from './exportTypes';
import { countSet } from './exportTypes';
import { stableUuid } from './stableUuid';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/**
 * Our own terms beside the W3C vocabulary: a highlight's colour (`dossier:color`), what the colours mean
 * (`dossier:colorMeanings`), and the article's file and SHA-256 (`dossier:file`, `dossier:sha256`), which let an
 * import find the article in another library whatever its address.
 */
export const DOSSIER_TERMS = 'urn:dossier:terms:';
const CONTEXT = [ANNO_CONTEXT, { dossier: DOSSIER_TERMS }];

/** The article's address for `target.source`: its web address when it has one, else its file as a file: URI. */
export function articleSource(article: Pick<ExportArticle, 'url' | 'file'>): string {
  if (article.url) {
    try {
      const url = new URL(article.url);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Front matter may hold something that is no address at all; the file then identifies the article.
    }
  }
  return pathToFileURL(article.file).href;
}

/** The id of an article's own note and tags as one annotation: derived from its content, so stable across libraries. */
export function articleAnnotationUuid(contentHash: string): string {
  return stableUuid(`article:${contentHash}`);
}

/** A W3C Web Annotation `AnnotationCollection` of the set, every annotation embedded in its first (only) page. */
export function toW3cCollection(set: ExportSet): Record<string, unknown> {
  const items = set.articles.flatMap((article) => [...articleAnnotation(article), ...article.highlights.map((h) => highlightAnnotation(article, h))]);
  const { highlights } = countSet(set);
  return {
    '@context': CONTEXT,
    id: `urn:uuid:${randomUUID()}`,
    type: 'AnnotationCollection',
    label: `Dossier: ${set.label} (${highlights} ${highlights === 1 ? 'highlight' : 'highlights'})`,
    total: items.length,
    generator: { type: 'Software', name: 'Dossier' },
    generated: set.exported,
    'dossier:colorMeanings': set.meanings,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function w3cJson(set: ExportSet): string {
  return `${JSON.stringify(toW3cCollection(set), null, 2)}\n`;
}

function sourceTerms(article: ExportArticle) {
  return { 'dossier:file': article.file, 'dossier:sha256': article.contentHash };
}

/** The article's own note and tags, aimed at the whole article; none when it has neither. */
function articleAnnotation(article: ExportArticle): Record<string, unknown>[] {
  if (!article.note && article.tags.length === 0) return [];
  return [
    {
      '@context': CONTEXT,
      id: `urn:uuid:${articleAnnotationUuid(article.contentHash)}`,
      type: 'Annotation',
      motivation: article.note ? 'commenting' : 'tagging',
      ...(article.noteCreated ? { created: article.noteCreated } : {}),
      ...(article.noteModified ? { modified: article.noteModified } : {}),
      body: bodies(article.note, article.tags),
      target: { id: articleSource(article), type: 'Text', ...sourceTerms(article) },
    },
  ];
}

function highlightAnnotation(article: ExportArticle, h: Highlight): Record<string, unknown> {
  const quote = { type: 'TextQuoteSelector', exact: h.quote, prefix: h.prefix, suffix: h.suffix };
  const points = (offset: number) => (article.body === null ? offset : toCodePoints(article.body, offset));
  // An orphaned highlight's text is no longer in the article: its quote is all that can be said of where it was.
  const selector = h.start === null || h.end === null ? [quote] : [quote, { type: 'TextPositionSelector', start: points(h.start), end: points(h.end) }];
  const body = bodies(h.note, h.tags);
  return {
    '@context': CONTEXT,
    id: `urn:uuid:${h.uuid}`,
    type: 'Annotation',
    motivation: 'highlighting',
    created: h.created,
    modified: h.modified,
    'dossier:color': h.color,
    ...(body.length > 0 ? { body } : {}),
    target: { source: articleSource(article), ...sourceTerms(article), selector },
  };
}

function bodies(note: string, tags: readonly string[]): Record<string, unknown>[] {
  return [
    ...(note ? [{ type: 'TextualBody', value: note, format: 'text/plain', purpose: 'commenting' }] : []),
    ...tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
  ];
}
