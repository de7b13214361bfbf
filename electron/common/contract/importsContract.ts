import { z } from 'zod';
import { count, filePath, id } from '../shapes/fields';

/**
 * What a file from another app (or a library exported by Dossier) brought: its entries, the articles it added (of
 * them, those waiting for their page to be fetched), the entries it matched to articles already here, and its
 * highlights: placed in their text, already here (for a Dossier library, any annotation: an article's note and tags
 * too), and kept orphaned (their text not found, or not fetched yet).
 */
export const movedCounts = z.object({
  app: z.enum(['pocket', 'instapaper', 'omnivore', 'readwise', 'dossier']),
  entries: count,
  added: count,
  waiting: count,
  matched: count,
  highlights: count,
  existing: count,
  orphaned: count,
});

/** One file's outcome; `id` is the article written, or the one this file duplicates. */
export const importResult = z.object({
  file: z.string(),
  status: z.enum(['added', 'updated', 'duplicate', 'error']),
  id: id.optional(),
  error: z.string().optional(),
  /** Set when the file was added or updated from its plain text, not its format's parser: why (see findSlowShape, parseBudgetMs). */
  readAsPlainText: z.string().optional(),
  /** Where the file is kept on this computer, when `file` names it otherwise (an upload, by the browser's name for it). */
  path: z.string().optional(),
  /** For a duplicate in a background import: the title of the article it duplicates. */
  title: z.string().optional(),
  /** For an export of another app (or a library exported by Dossier), recognised by its content: what it brought. */
  moved: movedCounts.optional(),
});
export const importPaths = z.array(filePath).min(1).max(1000);

/** Base64 of the largest article file (20 MB) the importer accepts, with room for padding. */
const MAX_UPLOAD_BASE64 = 28_000_000;

const uploadedFiles = z
  .object({
    files: z
      .array(z.object({ name: z.string().min(1).max(1024), data: z.string().max(MAX_UPLOAD_BASE64).base64() }).strict())
      .min(1)
      .max(500),
  })
  .strict();

export const importsContract = {
  'imports.start': {
    request: z.object({ paths: importPaths }).strict(),
    response: z.object({ jobId: id }),
  },
  'imports.status': {
    request: z.object({ jobId: id }).strict(),
    response: z.object({
      id,
      done: z.number().int(),
      total: z.number().int(),
      /** The file being imported, or the last one. */
      file: z.string().nullable(),
      finished: z.boolean(),
      /** All results, once finished. */
      results: z.array(importResult).nullable(),
      /** Why the import stopped early (the library failed, not a file). */
      error: z.string().nullable(),
    }),
  },
  'imports.upload': {
    request: uploadedFiles,
    response: z.object({ results: z.array(importResult) }),
  },
  /** Keeps the files as imports.upload does, then imports them as a background job to poll with imports.status. */
  'imports.startUpload': {
    request: uploadedFiles,
    response: z.object({ jobId: id }),
  },
} as const;

export type ImportResult = z.infer<typeof importResult>;
export type ImportStatus = ImportResult['status'];
export type MovedCounts = z.infer<typeof movedCounts>;
