import { z } from 'zod';
import { count, filePath, id } from '../shapes/fields';
import { importPaths, importResult } from './importsContract';

/** A page saved by address: added, already here, kept waiting for its page (with why), or refused. */
const saveResult = z.object({
  url: z.string(),
  status: z.enum(['added', 'duplicate', 'waiting', 'error']),
  id: id.optional(),
  title: z.string().optional(),
  error: z.string().optional(),
});

const backupCounts = z.object({ articles: count, highlights: count, notes: count, tags: count, corrections: count, savedViews: count });

export const libraryContract = {
  'library.import': {
    request: z.object({ paths: importPaths }).strict(),
    response: z.object({ results: z.array(importResult) }),
  },
  /** Fetches web pages once (by the main process or browser mode's server) and keeps them offline as articles. */
  'library.save': {
    request: z.object({ urls: z.array(z.string().min(1).max(4096)).min(1).max(100) }).strict(),
    response: z.object({ results: z.array(saveResult) }),
  },
  'library.backup': {
    request: z.object({ destination: filePath }).strict(),
    response: z.object({ file: z.string(), counts: backupCounts }),
  },
  /** Replaces the library with a backup's content; a library that holds anything needs `force`. */
  'library.restore': {
    request: z.object({ source: filePath, force: z.boolean().default(false) }).strict(),
    response: z.object({ counts: backupCounts }),
  },
} as const;

export type BackupCounts = z.infer<typeof backupCounts>;
export type SaveResult = z.infer<typeof saveResult>;
