import path from 'node:path';
import { call, type Command, type CommandContext, wholeNumber } from './callApi';
import { UsageError } from './UsageError';

const FORMATS = ['md', 'json', 'csv', 'html'] as const;

/** `dossier export --format md|json|csv|html [--query Q | --article ID] --out PATH [--bom]`. */
export const exportNotes: Command = async (ctx) => {
  const { format: formatArg, query, article, out, bom } = ctx.options;
  if (formatArg === 'library') return exportLibrary(ctx);
  const format = FORMATS.find((f) => f === formatArg);
  if (!format) throw new UsageError(`export needs --format md, json, csv, html or library${formatArg === undefined ? '' : `, not "${formatArg}"`}`);
  if (!out) throw new UsageError('export needs --out PATH: a file, or a folder for one Markdown file per article');
  if (query !== undefined && article !== undefined) throw new UsageError('export takes --query or --article, not both');
  const scope =
    article !== undefined
      ? { kind: 'article' as const, id: wholeNumber(article, '--article') }
      : query !== undefined
        ? { kind: 'query' as const, query }
        : { kind: 'all' as const };
  const { counts, written } = await call(ctx, 'exports.write', { format, scope, bom, destination: out });
  if (ctx.options.json) ctx.print(JSON.stringify({ written, ...counts }));
  else
    ctx.print(
      `exported ${plural(counts.highlights, 'highlight')} from ${plural(counts.articles, 'article')} to ${written.length === 1 ? written[0] : `${written.length} files in ${path.resolve(out)}`}`,
    );
  return 0;
};

/** `dossier export --format library --out DIR`: the whole library in open formats. */
async function exportLibrary(ctx: CommandContext): Promise<number> {
  const { out, query, article } = ctx.options;
  if (!out) throw new UsageError('export --format library needs --out DIR: the folder to write');
  if (query !== undefined || article !== undefined) throw new UsageError('export --format library writes the whole library: it takes no --query or --article');
  const { folder, counts } = await call(ctx, 'exports.library', { destination: out });
  if (ctx.options.json) ctx.print(JSON.stringify({ folder, ...counts }));
  else
    ctx.print(
      `exported ${plural(counts.articles, 'article')}, ${plural(counts.highlights, 'highlight')}, ${plural(counts.notes, 'note')} and ${plural(counts.feeds, 'feed')} to ${folder}`,
    );
  return 0;
}

/** `dossier backup FILE`. */
export const backup: Command = async (ctx) => {
  const [file] = ctx.args;
  if (!file) throw new UsageError('backup needs the file to write');
  const result = await call(ctx, 'library.backup', { destination: file });
  if (ctx.options.json) ctx.print(JSON.stringify(result));
  else ctx.print(`backed up ${describe(result.counts)} to ${result.file}`);
  return 0;
};

/** `dossier restore FILE [--force]`. */
export const restore: Command = async (ctx) => {
  const [file] = ctx.args;
  if (!file) throw new UsageError('restore needs the backup file to read');
  const { counts } = await call(ctx, 'library.restore', { source: file, force: ctx.options.force });
  if (ctx.options.json) ctx.print(JSON.stringify({ counts }));
  else ctx.print(`restored ${describe(counts)}`);
  return 0;
};

/** Annotation files among an import's paths: JSON is never an article, so a .json file named is one. */
export function isAnnotationFile(file: string): boolean {
  return path.extname(file).toLowerCase() === '.json';
}

/** Imports annotation files; prints a line per file unless --json. True when every file was read. */
export async function importAnnotationFiles(ctx: CommandContext, files: string[]) {
  const { results } = await call(ctx, 'annotations.import', { paths: files });
  if (!ctx.options.json) {
    for (const r of results) {
      if (r.error) ctx.print(`error      ${r.file}: ${r.error}`);
      else
        ctx.print(
          `annotations ${r.file}: ${r.added} added, ${r.existing} already there, ${r.unmatched} without a matching article, ${r.orphaned} orphaned${r.skipped ? `, ${r.skipped} skipped (nothing to anchor)` : ''}`,
        );
    }
  }
  return results;
}

function describe(c: { articles: number; highlights: number; notes: number; tags: number; corrections: number; savedViews: number }): string {
  return `${plural(c.articles, 'article')}, ${plural(c.highlights, 'highlight')}, ${plural(c.notes, 'note')}, ${plural(c.tags, 'tag')}, ${plural(c.corrections, 'entity correction')}, ${plural(c.savedViews, 'saved search', 'saved searches')}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
