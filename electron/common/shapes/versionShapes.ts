/** An article's versions as the reader, the command line and backups see them: the one definition of their fields. */
import { z } from 'zod';
import { count } from './fields';

/** One version of an article's text; `current` for the text the article shows now (the highest version). */
export const versionSummary = z.object({
  version: z.number().int().min(1),
  /** When this text came in: the import, feed refresh or fetch that brought it. */
  importedAt: z.string(),
  words: count,
  current: z.boolean(),
});

/** A version with its text: `body` is plain text, as an article's body is. */
export const versionText = versionSummary.extend({ title: z.string(), body: z.string() });

/** Where an orphaned highlight was in the version of the text it was made on: the passage around its quote. */
export const versionPassage = z.object({ version: z.number().int().min(1), before: z.string(), quote: z.string(), after: z.string() });

export type VersionSummary = z.infer<typeof versionSummary>;
export type VersionText = z.infer<typeof versionText>;
export type VersionPassage = z.infer<typeof versionPassage>;
