import { z } from 'zod';

export const dialogsContract = {
  /** The desktop app's native file picker; elsewhere refused. */
  'dialogs.pickImportPaths': {
    request: z.object({ kind: z.enum(['files', 'folder']) }).strict(),
    response: z.object({ paths: z.array(z.string()) }),
  },
} as const;
