import { dispatch } from '../api/dispatch';
import type { Channel, RequestOf, ResponseOf } from '../api/contract';
import type { Handlers } from '../api/handlers/Handlers';
import { UsageError } from './UsageError';

export interface CommandContext {
  handlers: Handlers;
  args: string[];
  json: boolean;
  limit: string | undefined;
  print(text: string): void;
}

type Command = (ctx: CommandContext) => Promise<number>;

/** Calls the same validated handler table the reader uses; a refused request becomes the command's error. */
async function call<C extends Channel>(ctx: CommandContext, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const envelope = await dispatch(ctx.handlers, channel, request);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data as ResponseOf<C>;
}

const PAGE = 500;

export const commands = {
  async import(ctx) {
    if (ctx.args.length === 0) throw new UsageError('import needs at least one file or folder');
    const { results } = await call(ctx, 'library.import', { paths: ctx.args });
    if (ctx.json) ctx.print(JSON.stringify({ results }));
    else {
      for (const r of results) ctx.print(r.status === 'error' ? `error      ${r.file}: ${r.error}` : `${r.status.padEnd(10)} ${r.file}`);
      const counts = (s: string) => results.filter((r) => r.status === s).length;
      ctx.print(`${counts('added')} added, ${counts('updated')} updated, ${counts('duplicate')} duplicate, ${counts('error')} failed`);
    }
    return results.some((r) => r.status === 'error') ? 1 : 0;
  },

  async list(ctx) {
    const limit = ctx.limit === undefined ? Infinity : Number(ctx.limit);
    if (!(limit >= 1) || !Number.isInteger(limit === Infinity ? 1 : limit)) throw new UsageError(`--limit must be a whole number of at least 1, not "${ctx.limit}"`);
    const first = await call(ctx, 'articles.list', { limit: Math.min(PAGE, limit), offset: 0 });
    const articles = [...first.articles];
    while (articles.length < Math.min(limit, first.total)) {
      const page = await call(ctx, 'articles.list', { limit: Math.min(PAGE, limit - articles.length), offset: articles.length });
      if (page.articles.length === 0) break;
      articles.push(...page.articles);
    }
    const rows = articles.map(({ excerpt: _excerpt, ...fields }) => fields);
    if (ctx.json) ctx.print(JSON.stringify({ total: first.total, articles: rows }));
    else {
      for (const a of rows) ctx.print(`${String(a.id).padStart(6)}  ${a.published ?? '          '}  ${(a.source ?? '—').padEnd(10)}  ${a.title}`);
      ctx.print(`${rows.length} of ${first.total} articles`);
    }
    return 0;
  },

  async show(ctx) {
    const id = Number(ctx.args[0]);
    if (!Number.isInteger(id) || id < 1) throw new UsageError('show needs an article id (a whole number), as "dossier list" prints it');
    const { article } = await call(ctx, 'articles.get', { id });
    if (ctx.json) ctx.print(JSON.stringify({ article: { ...article, excerpt: undefined } }));
    else {
      ctx.print(article.title);
      ctx.print([article.source, article.author, article.published].filter(Boolean).join(' · '));
      ctx.print('');
      for (const p of article.paragraphs) ctx.print(p.kind === 'h' ? `\n## ${p.text}\n` : `${p.text}\n`);
    }
    return 0;
  },

  async search(ctx) {
    const query = ctx.args.join(' ');
    if (!query.trim()) throw new UsageError('search needs a query');
    const { total, rows, hints } = await call(ctx, 'articles.query', { query, limit: 50, offset: 0 });
    const hits = rows.map(({ id, title, source, published, snippet, marks, score }) => ({ id, title, source, published, snippet, marks, score }));
    if (ctx.json) ctx.print(JSON.stringify({ total, hits, hints }));
    else {
      for (const hint of hints) ctx.print(`note: ${hint}`);
      for (const h of hits) ctx.print(`${String(h.id).padStart(6)}  ${h.title}\n        ${h.snippet}`);
      ctx.print(`${total} ${total === 1 ? 'match' : 'matches'}`);
    }
    return 0;
  },
} satisfies Record<string, Command>;
