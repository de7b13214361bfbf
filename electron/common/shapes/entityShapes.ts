/** What the library stores and answers about entities (the extractor's own types are in library/entities/extract/types.ts). */
import { z } from 'zod';
import { count, id, isoDate, textOffset } from './fields';

export const ENTITY_KINDS = ['person', 'place', 'org'] as const;
export const entityKind = z.enum(ENTITY_KINDS);
/** Offsets into an article's body: body.slice(start, end) === text. */
export const mention = z.object({ start: textOffset, end: textOffset, text: z.string() });
export const entityRef = z.object({ id, kind: entityKind, name: z.string() });
export const entitySummary = entityRef.extend({ hidden: z.boolean(), articleCount: count });
export const articleRef = z.object({ id, title: z.string(), source: z.string().nullable(), published: isoDate.nullable() });
/** What the hover card shows; `latest` is the most recently published article mentioning it. */
export const entityCard = entitySummary.extend({ aliases: z.array(z.string()), latest: articleRef.nullable() });
/** An entity as one article mentions it. */
export const articleEntity = entityRef.extend({ aliases: z.array(z.string()), mentions: z.array(mention) });

export type EntityKind = z.infer<typeof entityKind>;
export type Mention = z.infer<typeof mention>;
export type EntityRef = z.infer<typeof entityRef>;
export type EntitySummary = z.infer<typeof entitySummary>;
export type ArticleRef = z.infer<typeof articleRef>;
export type EntityCard = z.infer<typeof entityCard>;
export type ArticleEntity = z.infer<typeof articleEntity>;
