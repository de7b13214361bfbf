import type { ResponseOf } from '../common/contract/contract';
import { call, type Command, type CommandContext, readPages, wholeNumber } from './callApi';
import { UsageError } from './UsageError';

function articleIds(ctx: CommandContext, command: string): number[] {
  if (ctx.args.length === 0) throw new UsageError(`${command} needs at least one article id (as "dossier list" prints it)`);
  return ctx.args.map((arg) => wholeNumber(arg, `${command}: an article id`));
}

/** Prints a shelf write's answer: as is with --json, else what changed in words. */
function report(ctx: CommandContext, answer: ResponseOf<'articles.setArchived'>, done: (articles: string) => string, already: string): number {
  if (ctx.options.json) ctx.print(JSON.stringify(answer));
  else {
    const unchanged = answer.articles.length - answer.changed;
    ctx.print(`${done(`${answer.changed} ${answer.changed === 1 ? 'article' : 'articles'}`)}${unchanged > 0 ? ` (${unchanged} ${already})` : ''}`);
  }
  return 0;
}

/** `dossier archive|unarchive|delete|restore-article ID…` and `dossier trash [--empty --yes]`. */
export const shelfCommands: Readonly<Record<string, Command>> = {
  async archive(ctx) {
    const answer = await call(ctx, 'articles.setArchived', { ids: articleIds(ctx, 'archive'), archived: true });
    return report(ctx, answer, (n) => `archived ${n}`, 'already archived');
  },

  async unarchive(ctx) {
    const answer = await call(ctx, 'articles.setArchived', { ids: articleIds(ctx, 'unarchive'), archived: false });
    return report(ctx, answer, (n) => `brought back ${n}`, 'not archived');
  },

  async delete(ctx) {
    const answer = await call(ctx, 'articles.setTrashed', { ids: articleIds(ctx, 'delete'), trashed: true });
    return report(ctx, answer, (n) => `moved ${n} to the Trash`, 'already there');
  },

  async 'restore-article'(ctx) {
    const answer = await call(ctx, 'articles.setTrashed', { ids: articleIds(ctx, 'restore-article'), trashed: false });
    return report(ctx, answer, (n) => `restored ${n}`, 'not in the Trash');
  },

  async trash(ctx) {
    if (ctx.args.length > 0) throw new UsageError(`trash takes no arguments, not "${ctx.args.join(' ')}" (to restore: dossier restore-article ID…)`);
    const { total, items } = await readPages(Infinity, async (limit, offset) => {
      const page = await call(ctx, 'articles.trash', { limit, offset });
      return { total: page.total, items: page.articles };
    });
    if (!ctx.options.empty) {
      if (ctx.options.json) ctx.print(JSON.stringify({ total, articles: items }));
      else {
        for (const a of items) {
          const held = a.highlights + a.notes > 0 ? `  (${a.highlights} highlights, ${a.notes} notes)` : '';
          ctx.print(`${String(a.id).padStart(6)}  ${a.trashedAt.slice(0, 10)}  ${a.title}${held}`);
        }
        ctx.print(`${total} ${total === 1 ? 'article' : 'articles'} in the Trash`);
      }
      return 0;
    }
    if (!ctx.options.yes) {
      const highlights = items.reduce((n, a) => n + a.highlights, 0);
      throw new UsageError(`trash --empty deletes the ${total} articles in the Trash and their ${highlights} highlights for good; add --yes to do so`);
    }
    const deleted = await call(ctx, 'articles.emptyTrash', {});
    if (ctx.options.json) ctx.print(JSON.stringify({ deleted }));
    else ctx.print(`deleted ${deleted.articles} articles, ${deleted.highlights} highlights and ${deleted.notes} notes for good`);
    return 0;
  },
};
