import type { ResponseOf } from '../common/contract/contract';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../common/shapes/highlightColors';
import { call, type Command, type CommandContext, readPages, wholeNumber } from './callApi';
import { UsageError } from './UsageError';

type Highlight = ResponseOf<'highlights.create'>['highlight'];

/** The CLI's highlight shape, the same in `highlight add`, `highlight list` and `show --json`. */
export function cliHighlight(h: Highlight) {
  const { id, articleId, quote, prefix, suffix, start, end, color, note, tags, orphaned } = h;
  return { id, articleId, quote, prefix, suffix, start, end, color, note, tags, orphaned };
}

function parseColor(arg: string | undefined): HighlightColor | undefined {
  if (arg === undefined) return undefined;
  const color = HIGHLIGHT_COLORS.find((c) => c === arg.toLowerCase());
  if (!color) throw new UsageError(`--color must be one of ${HIGHLIGHT_COLORS.join(', ')}, not "${arg}"`);
  return color;
}

function line(h: Highlight): string {
  const where = h.orphaned ? 'orphaned' : `${h.start}-${h.end}`;
  const quote = h.quote.length > 70 ? `${h.quote.slice(0, 69)}…` : h.quote;
  const tags = h.tags.length ? `  ${h.tags.map((t) => `#${t}`).join(' ')}` : '';
  return `${String(h.id).padStart(6)}  article ${h.articleId}  ${h.color.padEnd(6)}  ${where}  "${quote}"${tags}${h.note ? `\n        note: ${h.note}` : ''}`;
}

async function add(ctx: CommandContext, articleArg: string | undefined): Promise<number> {
  const articleId = wholeNumber(articleArg, 'highlight add: the article id');
  const { quote, occurrence, note, tag } = ctx.options;
  if (!quote) throw new UsageError('highlight add needs --quote "the exact text to highlight"');
  const { highlight } = await call(ctx, 'highlights.create', {
    articleId,
    target: { quote, ...(occurrence === undefined ? {} : { occurrence: wholeNumber(occurrence, '--occurrence') }) },
    color: parseColor(ctx.options.color),
    note,
    tags: tag,
  });
  ctx.print(ctx.options.json ? JSON.stringify({ highlight: cliHighlight(highlight) }) : line(highlight));
  return 0;
}

async function list(ctx: CommandContext): Promise<number> {
  let highlights: Highlight[];
  if (ctx.options.article !== undefined) {
    highlights = (await call(ctx, 'annotations.forArticle', { articleId: wholeNumber(ctx.options.article, '--article') })).highlights;
  } else {
    const all = await readPages(Infinity, async (limit, offset) => {
      const page = await call(ctx, 'highlights.find', { sort: 'article', limit, offset });
      return { total: page.total, items: page.highlights };
    });
    highlights = all.items;
  }
  if (ctx.options.json) ctx.print(JSON.stringify({ highlights: highlights.map(cliHighlight) }));
  else {
    for (const h of highlights) ctx.print(line(h));
    ctx.print(`${highlights.length} highlights`);
  }
  return 0;
}

async function remove(ctx: CommandContext, idArg: string | undefined): Promise<number> {
  const { highlight } = await call(ctx, 'highlights.delete', { id: wholeNumber(idArg, 'highlight delete: the highlight id') });
  ctx.print(ctx.options.json ? JSON.stringify({ deleted: cliHighlight(highlight) }) : `deleted ${line(highlight).trimStart()}`);
  return 0;
}

/** `dossier highlight add|list|delete`. */
export const highlight: Command = async (ctx) => {
  const [action, arg] = ctx.args;
  switch (action) {
    case 'add':
      return add(ctx, arg);
    case 'list':
      return list(ctx);
    case 'delete':
      return remove(ctx, arg);
    default:
      throw new UsageError(`highlight needs one of add, list, delete, not "${action ?? ''}"`);
  }
};
