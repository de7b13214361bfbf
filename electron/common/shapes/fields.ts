/** Fields many shapes and channels share, each defined once. */
import { z } from 'zod';

export const id = z.number().int().positive();
export const count = z.number().int();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An offset into an article's body, in UTF-16 code units (highlights, entity mentions, inline marks). */
export const textOffset = z.number().int().min(0);
export const limit = z.number().int().min(1).max(500).default(100);
export const offset = z.number().int().min(0).max(10_000_000).default(0);
/** What the search box holds: the query language of common/query/queryParser.ts. */
export const query = z.string().max(2000);
export const ids = z.array(id).min(1).max(100_000);
export const filePath = z.string().min(1).max(4096);
export const namedCount = z.object({ name: z.string(), count });
/** The request of a channel that takes nothing, and the answer of one that says nothing. */
export const empty = z.object({}).strict();

export type NamedCount = z.infer<typeof namedCount>;
