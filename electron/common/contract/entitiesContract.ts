import { z } from 'zod';
import { articleEntity, articleRef, entityCard, entityKind, entityRef, entitySummary } from '../shapes/entityShapes';
import { count, id, limit, offset } from '../shapes/fields';

const entityName = z.string().trim().min(1).max(200);
/** Where a marked span goes: an existing entity, or a new one of this kind and name. */
const spanTarget = z.union([z.object({ id }).strict(), z.object({ kind: entityKind, name: entityName }).strict()]);
const entityCorrection = z.discriminatedUnion('action', [
  z.object({ action: z.literal('rename'), id, name: entityName }).strict(),
  z.object({ action: z.literal('merge'), id, into: id }).strict(),
  z.object({ action: z.literal('setKind'), id, kind: entityKind }).strict(),
  z.object({ action: z.literal('hide'), id, hidden: z.boolean() }).strict(),
  z.object({ action: z.literal('addSpan'), articleId: id, start: z.number().int().min(0), end: z.number().int().min(1), target: spanTarget }).strict(),
]);
const listEntities = z
  .object({
    kind: entityKind.nullable().default(null),
    /** Part of a name or alias. */
    query: z.string().trim().max(200).default(''),
    includeHidden: z.boolean().default(false),
    limit,
    offset,
  })
  .strict();
/** The entity page: its articles in published order (optionally only those also mentioning `with`) and its companions. */
const entityPage = z.object({
  entity: entityCard,
  with: entityRef.nullable(),
  total: count,
  articles: z.array(articleRef),
  /** Entities mentioned in the same articles, most articles first; articleCount counts articles shared with it. */
  cooccurring: z.array(entityRef.extend({ articleCount: count })),
});

export const entitiesContract = {
  'entities.list': {
    request: listEntities,
    response: z.object({ total: count, entities: z.array(entitySummary) }),
  },
  'entities.get': {
    request: z.object({ id }).strict(),
    response: z.object({ entity: entityCard }),
  },
  'entities.page': {
    request: z.object({ id, with: id.nullable().default(null), limit }).strict(),
    response: entityPage,
  },
  'entities.forArticle': {
    request: z.object({ articleId: id }).strict(),
    response: z.object({ entities: z.array(articleEntity) }),
  },
  'entities.correct': {
    request: entityCorrection,
    response: z.object({ entity: entityCard }),
  },
  /** The kind a name the user marks is most likely (the extractor's gazetteer and head words), to offer first. */
  'entities.guessKind': {
    request: z.object({ name: entityName }).strict(),
    response: z.object({ kind: entityKind }),
  },
  'entities.reextract': {
    /** all: every article (after corrections); otherwise only articles an older extractor read (after an upgrade). */
    request: z.object({ all: z.boolean().default(true) }).strict(),
    response: z.object({ jobId: id.nullable() }),
  },
  /** What re-reading the whole library would take: its articles, and the seconds a sample of them took, scaled up. */
  'entities.reextractEstimate': {
    request: z.object({}).strict(),
    response: z.object({ articles: count, seconds: z.number().min(0) }),
  },
  'entities.reextractStatus': {
    request: z.object({ jobId: id }).strict(),
    /** `error`: why it stopped early (the library failed); `cancelled`: stopped when asked, keeping the articles done. */
    response: z.object({ id, done: count, total: count, finished: z.boolean(), cancelled: z.boolean(), error: z.string().nullable() }),
  },
  /** Stops a run after the batch under way; what it re-read stays. Answers whether it was still running. */
  'entities.reextractCancel': {
    request: z.object({ jobId: id }).strict(),
    response: z.object({ cancelled: z.boolean() }),
  },
} as const;

export type SpanTarget = z.infer<typeof spanTarget>;
export type EntityCorrection = z.infer<typeof entityCorrection>;
export type ListEntitiesOptions = z.output<typeof listEntities>;
export type EntityPage = z.infer<typeof entityPage>;
