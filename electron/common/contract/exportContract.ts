/** The export channels of the API contract: notes out (Markdown, W3C JSON-LD, CSV, HTML, PDF) and back in, and backups. */
import { z } from 'zod';
import { HIGHLIGHT_COLORS } from '../shapes/highlightShapes';
import { EXPORT_FORMATS } from '../../library/export/formats/exportTypes';

const id = z.number().int().positive();
const count = z.number().int();
const filePath = z.string().min(1).max(4096);
const format = z.enum(EXPORT_FORMATS);

const scope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), id }).strict(),
  /** The search box's query language; '' is every annotated article. */
  z.object({ kind: z.literal('query'), query: z.string().max(2000) }).strict(),
  z.object({ kind: z.literal('highlights'), ids: z.array(id).min(1).max(100_000) }).strict(),
  z.object({ kind: z.literal('all') }).strict(),
]);
const counts = z.object({ articles: count, highlights: count });
/** CSV only: a UTF-8 byte-order mark first, for spreadsheet programs. */
const bom = z.boolean().default(false);

const annotationImport = z.object({
  file: z.string(),
  added: count,
  existing: count,
  unmatched: count,
  orphaned: count,
  skipped: count,
  /** Set when the file could not be imported at all; then nothing of it was. */
  error: z.string().optional(),
});
const backupCounts = z.object({ articles: count, highlights: count, notes: count, tags: count, corrections: count, savedViews: count });

export const exportContract = {
  /** What an export would hold: counts, the first highlights, the suggested file name and the start of its content. */
  'exports.preview': {
    request: z.object({ format, scope, bom }).strict(),
    response: z.object({
      counts,
      fileName: z.string(),
      /** The first highlights, for the dialog to list. */
      items: z.array(z.object({ article: z.string(), quote: z.string(), color: z.enum(HIGHLIGHT_COLORS), note: z.string(), orphaned: z.boolean() })),
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
  /** The format last exported to, for the dialog's default. */
  'exports.last': {
    request: z.object({}).strict(),
    response: z.object({ format: format.nullable() }),
  },
  /** Annotation files (our JSON export, W3C or Hypothesis JSON) attached to the articles they were made on. */
  'annotations.import': {
    request: z.object({ paths: z.array(filePath).min(1).max(1000) }).strict(),
    response: z.object({ results: z.array(annotationImport) }),
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
