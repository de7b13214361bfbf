import { z } from 'zod';
import { block } from '../../common/shapes/articleShapes';
import { textOffset } from '../../common/shapes/fields';
import { versionText } from '../../common/shapes/versionShapes';
import { highlightRecordFields } from '../../common/shapes/highlightShapes';
import { blocksToText } from '../parse/types';
import { reviewBackupSchema } from '../review/reviewBackup';

/** What a backup file says it is; bumped when the format changes, so an older Dossier refuses a newer file by name. */
export const BACKUP_FORMAT = 'dossier-backup';
export const BACKUP_VERSION = 5;

const time = z.string().min(1).max(40);
const text = z.string().nullable();

/** A highlight as a backup carries it: the shape of highlightShapes, checked as a file from elsewhere must be. */
const highlight = highlightRecordFields
  .omit({ articleId: true })
  .extend({ uuid: z.guid(), quote: z.string().min(1), created: time, modified: time })
  .strict()
  .refine((h) => (h.start === null) === (h.end === null) && (h.start === null || h.start < h.end!), {
    message: 'start and end must both be null (orphaned) or a range with start < end',
    path: ['start'],
  });

const article = z
  .object({
    id: z.number().int().positive(),
    file: z.string().min(1),
    contentHash: z.string().min(1),
    title: z.string(),
    source: text,
    author: text,
    published: text,
    dateline: text,
    language: text,
    url: text,
    wordCount: z.number().int().min(0),
    body: z.string(),
    blocks: z.array(block),
    importedAt: time,
    updatedAt: time,
    readAt: time.nullable(),
    starred: z.boolean(),
    // Format 2: where the article was left, and whether it was archived or put in the Trash (format 1 had none).
    readingPosition: z.number().min(0).max(1).nullable().default(null),
    archivedAt: time.nullable().default(null),
    trashedAt: time.nullable().default(null),
    tags: z.array(z.string()),
    note: z
      .object({ text: z.string().min(1), created: time, modified: time })
      .strict()
      .nullable(),
    highlights: z.array(highlight),
    // Format 4: the number of the current text and the earlier versions kept, newest first (formats 1 to 3 had none).
    version: z.number().int().min(1).default(1),
    versions: z.array(versionText.omit({ current: true }).strict()).default([]),
  })
  .strict()
  .superRefine((a, ctx) => {
    a.versions.forEach((v, i) => {
      if (v.version >= a.version)
        ctx.addIssue({ code: 'custom', message: `is not below the current version (${a.version})`, path: ['versions', i, 'version'] });
    });
    // Offsets (highlights, entity spans) count into the body, which must be the text its blocks make.
    if (a.body !== blocksToText(a.blocks)) ctx.addIssue({ code: 'custom', message: 'is not the text of the article’s blocks', path: ['body'] });
    a.highlights.forEach((h, i) => {
      if (h.end !== null && h.end > a.body.length)
        ctx.addIssue({ code: 'custom', message: `is past the end of the body (${a.body.length} characters)`, path: ['highlights', i, 'end'] });
    });
  });

const correction = z
  .object({
    id: z.number().int().positive(),
    action: z.enum(['rename', 'merge', 'kind', 'hide', 'span']),
    key: z.string().min(1),
    value: z.string(),
    articleId: z.number().int().positive().nullable(),
    start: textOffset.nullable(),
    end: textOffset.nullable(),
    text: text,
    created: time,
  })
  .strict()
  .refine((c) => (c.action === 'span') === (c.articleId !== null && c.start !== null && c.end !== null && c.text !== null), {
    message: 'a span correction (and only one) has articleId, start, end and text',
    path: ['action'],
  });

/** A story correction: two articles (by their ids, which a restore keeps) kept in one story, or apart. */
const storyLink = z
  .object({ a: z.number().int().positive(), b: z.number().int().positive(), together: z.boolean(), created: time })
  .strict()
  .refine((l) => l.a < l.b, { message: 'a must be below b', path: ['b'] });

export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(BACKUP_VERSION)]),
    /** When the backup was made: the one field a backup of a restored library differs in. */
    created: time,
    /** The library schema it was written from (informative: the format, not the schema, is what restore reads). */
    schema: z.number().int().positive(),
    articles: z.array(article),
    tags: z.array(z.object({ name: z.string().min(1).max(100), created: time }).strict()),
    entityCorrections: z.array(correction),
    savedViews: z.array(z.object({ id: z.number().int().positive(), name: z.string().min(1), query: z.string(), created: time }).strict()),
    /** Format 5: the user's story corrections (formats 1 to 4 had none); the stories themselves are placed again after a restore. */
    storyLinks: z.array(storyLink).default([]),
    settings: z.record(z.string(), z.string()),
    /** The review's schedule (absent from backups made before the review). */
    review: reviewBackupSchema.default({ cards: [], days: [] }),
    /** Format 3: the pictures articles show, their bytes in base64 (formats 1 and 2 had none). */
    pictures: z
      .array(z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), type: z.string().regex(/^image\/[a-z+.-]+$/), data: z.base64() }).strict())
      .default([]),
  })
  .strict()
  .superRefine((b, ctx) => {
    unique(
      ctx,
      b.articles.map((a) => a.id),
      ['articles'],
      'id',
    );
    unique(
      ctx,
      b.articles.map((a) => a.file),
      ['articles'],
      'file',
    );
    unique(
      ctx,
      b.tags.map((t) => t.name.toLowerCase()),
      ['tags'],
      'name',
    );
    unique(
      ctx,
      b.entityCorrections.map((c) => c.id),
      ['entityCorrections'],
      'id',
    );
    unique(
      ctx,
      b.savedViews.map((v) => v.id),
      ['savedViews'],
      'id',
    );
    unique(
      ctx,
      b.savedViews.map((v) => v.name.toLowerCase()),
      ['savedViews'],
      'name',
    );
    unique(
      ctx,
      b.storyLinks.map((l) => `${l.a}-${l.b}`),
      ['storyLinks'],
      'b',
    );
    const uuids = new Set<string>();
    b.articles.forEach((a, i) =>
      a.highlights.forEach((h, j) => {
        if (uuids.has(h.uuid.toLowerCase()))
          ctx.addIssue({ code: 'custom', message: `${h.uuid} appears twice`, path: ['articles', i, 'highlights', j, 'uuid'] });
        uuids.add(h.uuid.toLowerCase());
      }),
    );
    b.review.cards.forEach((c, i) => {
      if (!uuids.has(c.highlight.toLowerCase()))
        ctx.addIssue({ code: 'custom', message: `there is no highlight ${c.highlight} in the backup`, path: ['review', 'cards', i, 'highlight'] });
    });
    const ids = new Set(b.articles.map((a) => a.id));
    b.entityCorrections.forEach((c, i) => {
      if (c.articleId !== null && !ids.has(c.articleId))
        ctx.addIssue({ code: 'custom', message: `there is no article ${c.articleId} in the backup`, path: ['entityCorrections', i, 'articleId'] });
    });
    b.storyLinks.forEach((l, i) =>
      (['a', 'b'] as const).forEach((end) => {
        if (!ids.has(l[end])) ctx.addIssue({ code: 'custom', message: `there is no article ${l[end]} in the backup`, path: ['storyLinks', i, end] });
      }),
    );
  });

export type Backup = z.infer<typeof backupSchema>;
export type BackupArticle = Backup['articles'][number];

function unique(ctx: z.RefinementCtx, values: readonly unknown[], path: (string | number)[], field: string): void {
  const seen = new Set<unknown>();
  values.forEach((v, i) => {
    if (seen.has(v)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} appears twice`, path: [...path, i, field] });
    seen.add(v);
  });
}

/** A zod issue path as people read it: articles[3].highlights[0].color. */
export function describePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || 'the file';
}
