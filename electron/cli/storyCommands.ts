import type { Story } from '../common/contract/storiesContract';
import { call, type Command, type CommandContext, readPages, wholeNumber } from './callApi';
import { UsageError } from './UsageError';

/** Places the articles never placed in a story (a library from before stories), waiting for the job the reader would poll. */
async function placeUnplaced(ctx: CommandContext): Promise<void> {
  const { jobId } = await call(ctx, 'stories.recluster', { all: false });
  let status = jobId === null ? null : await call(ctx, 'stories.reclusterStatus', { jobId });
  while (status && !status.finished) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = await call(ctx, 'stories.reclusterStatus', { jobId: status.id });
  }
  if (status?.error) throw new Error(status.error);
}

function describe(story: Story): string {
  const head = `${String(story.id).padStart(6)}  ${story.from === story.to ? story.from : `${story.from} – ${story.to}`}  ${story.title}`;
  const lines = story.articles.map(
    (a) => `        ${String(a.id).padStart(6)}  ${[a.published, a.source, a.language].filter(Boolean).join(' · ')}  ${a.title}`,
  );
  return [head, ...lines].join('\n');
}

/** `dossier stories [--query Q] [--limit N]` and `dossier story ID`. */
export const storyCommands: Readonly<Record<string, Command>> = {
  async stories(ctx) {
    if (ctx.args.length > 0) throw new UsageError(`stories takes no arguments, not "${ctx.args.join(' ')}" (stories about something: --query Q)`);
    const limit = ctx.options.limit === undefined ? Infinity : wholeNumber(ctx.options.limit, '--limit');
    await placeUnplaced(ctx);
    const query = ctx.options.query ?? '';
    const { items } = await readPages(limit, async (pageLimit, offset) => {
      const page = await call(ctx, 'stories.list', { query, limit: pageLimit, offset });
      return { total: page.total, items: page.stories };
    });
    if (ctx.options.json) {
      const stories = items.map(({ id, title, articles }) => ({
        id,
        title,
        articles: articles.map(({ id: articleId, title: articleTitle, source, language, published }) => ({
          id: articleId,
          title: articleTitle,
          source,
          language,
          published,
        })),
      }));
      ctx.print(JSON.stringify({ stories }));
    } else {
      for (const story of items) ctx.print(describe(story));
      ctx.print(`${items.length} ${items.length === 1 ? 'story' : 'stories'}`);
    }
    return 0;
  },

  async story(ctx) {
    const id = wholeNumber(ctx.args[0], 'story: the story id (as "dossier stories" prints it)');
    await placeUnplaced(ctx);
    const { story } = await call(ctx, 'stories.get', { id });
    if (ctx.options.json) ctx.print(JSON.stringify({ story }));
    else {
      ctx.print(describe(story));
      for (const [label, values] of [
        ['outlets', story.outlets],
        ['languages', story.languages],
        ['people', story.people],
        ['places', story.places],
      ] as const) {
        if (values.length > 0) ctx.print(`  ${label}: ${values.join(', ')}`);
      }
    }
    return 0;
  },
};
