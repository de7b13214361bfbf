import fs from 'node:fs';
import type { FeedSummary, RefreshResult } from '../common/contract/feedsContract';
import { call, type Command, type CommandContext, wholeNumber } from './callApi';
import { UsageError } from './UsageError';

/** `dossier feed add URL [--folder F]`, `feed list`, `feed refresh [ID]`, `feed remove ID`, `feed rename ID NAME`. */
export const feed: Command = async (ctx) => {
  const [action, first, ...rest] = ctx.args;
  switch (action) {
    case 'add': {
      if (!first) throw new UsageError('feed add needs the address of a feed, or of a page that advertises one');
      const answer = await call(ctx, 'feeds.add', { url: first, ...(ctx.options.folder ? { folder: ctx.options.folder } : {}) });
      if (ctx.options.json) ctx.print(JSON.stringify(answer));
      else ctx.print(`${line(answer.feed)}\n${describe(answer.refresh)}`);
      return 0;
    }
    case 'list': {
      const { feeds } = await call(ctx, 'feeds.list', {});
      if (ctx.options.json) ctx.print(JSON.stringify({ feeds }));
      else {
        for (const f of feeds) ctx.print(line(f));
        ctx.print(`${feeds.length} ${feeds.length === 1 ? 'feed' : 'feeds'}`);
      }
      return 0;
    }
    case 'refresh': {
      const { results } = await call(ctx, 'feeds.refresh', first === undefined ? {} : { id: feedId(first, 'feed refresh') });
      if (ctx.options.json) ctx.print(JSON.stringify({ results }));
      else for (const r of results) ctx.print(`${String(r.feedId).padStart(6)}  ${describe(r)}`);
      return results.some((r) => r.status === 'error') ? 1 : 0;
    }
    case 'remove': {
      const id = feedId(first, 'feed remove');
      await call(ctx, 'feeds.remove', { id });
      if (ctx.options.json) ctx.print(JSON.stringify({ removed: id }));
      else ctx.print(`unsubscribed from feed ${id}; its articles stay in the library`);
      return 0;
    }
    case 'rename': {
      const id = feedId(first, 'feed rename');
      if (rest.length === 0) throw new UsageError('feed rename needs an id and the new name');
      const { feed: renamed } = await call(ctx, 'feeds.rename', { id, title: rest.join(' ') });
      ctx.print(ctx.options.json ? JSON.stringify({ feed: renamed }) : line(renamed));
      return 0;
    }
    default:
      throw new UsageError(`feed needs one of add, list, refresh, remove, rename, not "${action ?? ''}"`);
  }
};

/** OPML files among an import's paths, told by their content (an `<opml>` root), whatever their names. */
export function isOpmlFile(file: string): boolean {
  let head: string;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(1024);
      head = buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // A folder, or a file that cannot be read: the article import says why.
    return false;
  }
  return /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(head);
}

/** Subscribes to the feeds of OPML files; prints a line per file unless --json. */
export async function importOpmlFiles(ctx: CommandContext, files: string[]) {
  const results = [];
  for (const file of files) {
    const { added, existing } = await call(ctx, 'feeds.importOpml', { opml: fs.readFileSync(file, 'utf8') });
    results.push({ file, added, existing });
    if (!ctx.options.json) ctx.print(`feeds      ${file}: ${added} added, ${existing} already followed (dossier feed refresh fetches them)`);
  }
  return results;
}

function feedId(arg: string | undefined, what: string): number {
  return wholeNumber(arg, `${what}: the feed id (as "dossier feed list" prints it)`);
}

function line(f: FeedSummary): string {
  const name = `${f.folder ? `${f.folder}/` : ''}${f.title ?? f.url}`;
  return `${String(f.id).padStart(6)}  ${String(f.unread).padStart(4)} unread  ${name}  <${f.url}>${f.lastError ? `\n        failed: ${f.lastError}` : ''}`;
}

function describe(r: RefreshResult): string {
  const counts = `${r.added} added, ${r.updated} updated${r.skipped ? `, ${r.skipped} skipped` : ''}`;
  if (r.status === 'error') return `failed: ${r.error ?? ''}`;
  if (r.status === 'backoff') return `waiting: ${r.error ?? 'the server asked for a pause'}`;
  return r.status === 'unchanged' ? 'no news' : counts;
}
