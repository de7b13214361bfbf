import { z } from 'zod';
import { count, filePath } from '../shapes/fields';
import { importPaths, importResult } from './importsContract';

const backupCounts = z.object({ articles: count, highlights: count, notes: count, tags: count, corrections: count, savedViews: count });

export const libraryContract = {
  'library.import': {
    request: z.object({ paths: importPaths }).strict(),
    response: z.object({ results: z.array(importResult) }),
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
