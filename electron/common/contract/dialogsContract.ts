import { z } from 'zod';

export const dialogsContract = {
  /** The desktop app's native file picker; elsewhere refused. */
  'dialogs.pickImportPaths': {
    request: z.object({ kind: z.enum(['files', 'folder']) }).strict(),
    response: z.object({ paths: z.array(z.string()) }),
  },
  /** The desktop app shows a file in its folder (an import's failure, say); elsewhere refused, since a browser cannot open a folder. */
  'dialogs.showInFolder': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: z.object({}),
  },
} as const;
