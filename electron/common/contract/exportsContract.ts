import { z } from 'zod';
import { count, empty, filePath, id, query } from '../shapes/fields';
import { highlightColor } from '../shapes/highlightShapes';

/** The formats notes leave Dossier in; 'pdf' is the HTML page printed by the desktop app. */
export const EXPORT_FORMATS = ['md', 'json', 'csv', 'html', 'pdf'] as const;
const format = z.enum(EXPORT_FORMATS);

/** Which notes: one article, the articles a query finds ('' is every annotated article), chosen highlights, or everything. */
const scope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), id }).strict(),
  z.object({ kind: z.literal('query'), query }).strict(),
  z.object({ kind: z.literal('highlights'), ids: z.array(id).min(1).max(100_000) }).strict(),
  z.object({ kind: z.literal('all') }).strict(),
]);
const counts = z.object({ articles: count, highlights: count });
/** CSV only: a UTF-8 byte-order mark first, for spreadsheet programs. */
const bom = z.boolean().default(false);

export const exportsContract = {
  /** What an export would hold: counts, the first highlights, the suggested file name and the start of its content. */
  'exports.preview': {
    request: z.object({ format, scope, bom }).strict(),
    response: z.object({
      counts,
      fileName: z.string(),
      /** The first highlights, for the dialog to list. */
      items: z.array(z.object({ article: z.string(), quote: z.string(), color: highlightColor, note: z.string(), orphaned: z.boolean() })),
      sample: z.string(),
    }),
  },
  /**
   * Makes the export. The command line names the destination (a file, or a folder for one Markdown file per
   * article); the desktop app asks with its save dialog (`written` is empty when cancelled); browser mode gets
   * the content back to offer as a download (a PDF as its HTML page, to print).
   */
  'exports.write': {
    request: z.object({ format, scope, bom, destination: filePath.optional() }).strict(),
    response: z.object({
      counts,
      written: z.array(z.string()),
      download: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string(), print: z.boolean() }).nullable(),
    }),
  },
  /**
   * The whole library in open formats, to leave with everything: a folder of Markdown articles with their notes, the
   * W3C JSON of every annotation, the feeds' OPML. The command line names the folder; the app's is made beside the
   * library file, under `exports/`, and answered.
   */
  'exports.library': {
    request: z.object({ destination: filePath.optional() }).strict(),
    response: z.object({ folder: z.string(), counts: z.object({ articles: count, highlights: count, notes: count, feeds: count }) }),
  },
  /** The format last exported to, for the dialog's default. */
  'exports.last': {
    request: empty,
    response: z.object({ format: format.nullable() }),
  },
} as const;

export type ExportFormat = z.infer<typeof format>;
export type ExportScope = z.infer<typeof scope>;
export type ExportCounts = z.infer<typeof counts>;
export type ExportPreview = z.infer<(typeof exportsContract)['exports.preview']['response']>;
