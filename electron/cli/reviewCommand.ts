import { call, type Command, wholeNumber } from './callApi';
import { UsageError } from './UsageError';

/** `dossier review [--query Q] [--count N]`: today's review cards, as the reader's Review view draws them. */
export const review: Command = async (ctx) => {
  if (ctx.args.length > 0) throw new UsageError(`review takes no arguments, not "${ctx.args.join(' ')}" (a themed review: --query Q)`);
  const count = ctx.options.count === undefined ? undefined : wholeNumber(ctx.options.count, '--count');
  if (count !== undefined && count > 100) throw new UsageError(`--count is at most 100, not ${count}`);
  const today = await call(ctx, 'review.today', { query: ctx.options.query ?? '', ...(count === undefined ? {} : { count }) });
  const cards = today.cards.map(({ highlight: h, article: a }) => ({
    highlight: { id: h.id, quote: h.quote, note: h.note, tags: h.tags, color: h.color },
    article: { id: a.id, title: a.title, source: a.source, published: a.published },
  }));
  if (ctx.options.json) ctx.print(JSON.stringify({ cards }));
  else {
    for (const hint of today.hints) ctx.print(`note: ${hint}`);
    for (const { highlight: h, article: a } of cards) {
      ctx.print(`“${h.quote}”`);
      ctx.print(`    — ${[a.title, a.source, a.published].filter(Boolean).join(' · ')} (highlight ${h.id})`);
      if (h.note) ctx.print(`    Note: ${h.note}`);
      if (h.tags.length > 0) ctx.print(`    ${h.tags.map((t) => `#${t}`).join(' ')}`);
    }
    ctx.print(`${cards.length} ${cards.length === 1 ? 'card' : 'cards'} to review today`);
  }
  return 0;
};
