import { findQuote, QuoteError } from '../library/annotations/anchor';
import { call, type Command, type CommandContext, readPages, wholeNumber } from './callApi';
import { backup, exportNotes, importAnnotationFiles, isAnnotationFile, restore } from './exportCommands';
import { feed, importOpmlFiles, isOpmlFile } from './feedCommands';
import { cliHighlight, highlight } from './highlightCommands';
import { review } from './reviewCommand';
import { shelfCommands } from './shelfCommands';
import { storyCommands } from './storyCommands';
import { UsageError } from './UsageError';
import type { MovedCounts } from '../common/contract/importsContract';

const KINDS = ['person', 'place', 'org'] as const;

/** --limit as a number; Infinity when absent. */
function parseLimit(ctx: CommandContext): number {
  return ctx.options.limit === undefined ? Infinity : wholeNumber(ctx.options.limit, '--limit');
}

function entityId(arg: string | undefined, what: string): number {
  return wholeNumber(arg, `${what}: the entity id (as "dossier entities" prints it)`);
}

function parseKind(arg: string | undefined): (typeof KINDS)[number] {
  const kind = KINDS.find((k) => k === arg);
  if (!kind) throw new UsageError(`the kind must be person, place or org, not "${arg ?? ''}"`);
  return kind;
}

export const commands: Readonly<Record<string, Command>> = {
  highlight,
  review,
  feed,
  ...shelfCommands,
  ...storyCommands,

  async import(ctx) {
    if (ctx.args.length === 0) throw new UsageError('import needs at least one file or folder');
    // Articles first, so annotation files given alongside find the articles they were made on.
    const opmlPaths = ctx.args.filter(isOpmlFile);
    const articlePaths = ctx.args.filter((p) => !isAnnotationFile(p) && !opmlPaths.includes(p));
    const { results } = articlePaths.length > 0 ? await call(ctx, 'library.import', { paths: articlePaths }) : { results: [] };
    if (!ctx.options.json && articlePaths.length > 0) {
      for (const r of results) {
        if (r.status === 'error') ctx.print(`error      ${r.file}: ${r.error}`);
        else if (r.moved) ctx.print(`${r.status.padEnd(10)} ${r.file} (${describeMoved(r.moved)})`);
        else ctx.print(`${r.status.padEnd(10)} ${r.file}${r.readAsPlainText ? ` (read as plain text: ${r.readAsPlainText})` : ''}`);
      }
      const counts = (s: string) => results.filter((r) => r.status === s).length;
      ctx.print(`${counts('added')} added, ${counts('updated')} updated, ${counts('duplicate')} duplicate, ${counts('error')} failed`);
    }
    const annotationPaths = ctx.args.filter(isAnnotationFile);
    const annotations = annotationPaths.length > 0 ? await importAnnotationFiles(ctx, annotationPaths) : null;
    const feeds = opmlPaths.length > 0 ? await importOpmlFiles(ctx, opmlPaths) : null;
    if (ctx.options.json) ctx.print(JSON.stringify({ results, ...(annotations && { annotations }), ...(feeds && { feeds }) }));
    return results.some((r) => r.status === 'error') || annotations?.some((a) => a.error) ? 1 : 0;
  },

  async save(ctx) {
    if (ctx.args.length === 0) throw new UsageError('save needs at least one web address');
    const { results } = await call(ctx, 'library.save', { urls: ctx.args });
    if (ctx.options.json) ctx.print(JSON.stringify({ results }));
    else
      for (const r of results)
        ctx.print(
          `${r.status.padEnd(10)} ${r.url}${r.title ? `  ${r.title}` : ''}${r.error ? ` (${r.status === 'waiting' ? 'kept, waiting for its page: ' : ''}${r.error})` : ''}`,
        );
    return results.some((r) => r.status === 'error' || r.status === 'waiting') ? 1 : 0;
  },

  export: exportNotes,
  backup,
  restore,

  async list(ctx) {
    const { total, items } = await readPages(parseLimit(ctx), async (limit, offset) => {
      const page = await call(ctx, 'articles.list', { limit, offset });
      return { total: page.total, items: page.articles };
    });
    const rows = items.map(({ excerpt: _excerpt, ...fields }) => fields);
    if (ctx.options.json) ctx.print(JSON.stringify({ total, articles: rows }));
    else {
      for (const a of rows) ctx.print(`${String(a.id).padStart(6)}  ${a.published ?? '          '}  ${(a.source ?? '—').padEnd(10)}  ${a.title}`);
      ctx.print(`${rows.length} of ${total} articles`);
    }
    return 0;
  },

  async show(ctx) {
    const id = wholeNumber(ctx.args[0], 'show: the article id (as "dossier list" prints it)');
    const { article } = await call(ctx, 'articles.get', { id });
    const { entities } = await call(ctx, 'entities.forArticle', { articleId: id });
    const { note, tags, highlights } = await call(ctx, 'annotations.forArticle', { articleId: id });
    if (ctx.options.json)
      ctx.print(JSON.stringify({ article: { ...article, excerpt: undefined }, entities, note, tags, highlights: highlights.map(cliHighlight) }));
    else {
      ctx.print(article.title);
      ctx.print([article.source, article.author, article.published].filter(Boolean).join(' · '));
      if (entities.length > 0) ctx.print(`Entities: ${entities.map((e) => `${e.name} (${e.kind})`).join(', ')}`);
      if (tags.length > 0) ctx.print(`Tags: ${tags.map((t) => `#${t}`).join(' ')}`);
      if (note) ctx.print(`Note: ${note}`);
      if (highlights.length > 0) ctx.print(`${highlights.length} highlights (dossier highlight list --article ${id})`);
      ctx.print('');
      for (const p of article.paragraphs) ctx.print(p.kind === 'h' ? `\n## ${p.text}\n` : `${p.text}\n`);
    }
    return 0;
  },

  async versions(ctx) {
    const id = wholeNumber(ctx.args[0], 'versions: the article id (as "dossier list" prints it)');
    const { versions } = await call(ctx, 'articles.versions', { id });
    if (ctx.options.json) ctx.print(JSON.stringify({ versions }));
    else
      for (const v of versions)
        ctx.print(`${String(v.version).padStart(4)}  ${v.importedAt}  ${String(v.words).padStart(6)} words${v.current ? '  (current)' : ''}`);
    return 0;
  },

  async 'restore-version'(ctx) {
    const id = wholeNumber(ctx.args[0], 'restore-version: the article id (as "dossier list" prints it)');
    const version = wholeNumber(ctx.args[1], 'restore-version: the version to make current (as "dossier versions ID" prints it)');
    const { versions } = await call(ctx, 'articles.restoreVersion', { id, version });
    if (ctx.options.json) ctx.print(JSON.stringify({ versions }));
    else
      ctx.print(
        `Version ${version} is the current text again, as version ${versions.at(-1)!.version}; the text it replaced is version ${versions.at(-2)!.version}.`,
      );
    return 0;
  },

  async search(ctx) {
    const query = ctx.args.join(' ');
    if (!query.trim()) throw new UsageError('search needs a query');
    const { total, rows, hints } = await call(ctx, 'articles.query', { query, limit: 50, offset: 0 });
    const hits = rows.map(({ id, title, source, published, snippet, marks, score }) => ({ id, title, source, published, snippet, marks, score }));
    if (ctx.options.json) ctx.print(JSON.stringify({ total, hits, hints }));
    else {
      for (const hint of hints) ctx.print(`note: ${hint}`);
      for (const h of hits) ctx.print(`${String(h.id).padStart(6)}  ${h.title}\n        ${h.snippet}`);
      ctx.print(`${total} ${total === 1 ? 'match' : 'matches'}`);
    }
    return 0;
  },

  async entities(ctx) {
    const kind = ctx.options.kind === undefined ? null : parseKind(ctx.options.kind);
    const query = ctx.args.join(' ');
    const { total, items } = await readPages(parseLimit(ctx), async (limit, offset) => {
      const page = await call(ctx, 'entities.list', { kind, query, limit, offset });
      return { total: page.total, items: page.entities };
    });
    const rows = items.map(({ hidden: _hidden, ...fields }) => fields);
    if (ctx.options.json) ctx.print(JSON.stringify({ total, entities: rows }));
    else {
      for (const e of rows) ctx.print(`${String(e.id).padStart(6)}  ${e.kind.padEnd(6)}  ${String(e.articleCount).padStart(5)}  ${e.name}`);
      ctx.print(`${rows.length} of ${total} entities`);
    }
    return 0;
  },

  async entity(ctx) {
    const [action, first, ...rest] = ctx.args;
    if (action === 'reextract') return reextract(ctx);
    if (action === 'mark') return markSpan(ctx, first);
    const id = entityId(first, `entity ${action ?? ''}`.trim());
    let entity;
    switch (action) {
      case 'show': {
        const page = await call(ctx, 'entities.page', { id, limit: 500 });
        if (ctx.options.json) ctx.print(JSON.stringify(page));
        else {
          const e = page.entity;
          ctx.print(`${e.name} (${e.kind}${e.hidden ? ', hidden' : ''})${e.aliases.length ? ` — also ${e.aliases.join(', ')}` : ''}`);
          for (const a of page.articles) ctx.print(`${String(a.id).padStart(6)}  ${a.published ?? '          '}  ${a.title}`);
          ctx.print(
            `${page.total} articles. Mentioned with: ${page.cooccurring
              .slice(0, 10)
              .map((c) => `${c.name} (${c.articleCount})`)
              .join(', ')}`,
          );
        }
        return 0;
      }
      case 'rename':
        if (rest.length === 0) throw new UsageError('entity rename needs an id and the new name');
        entity = (await call(ctx, 'entities.correct', { action: 'rename', id, name: rest.join(' ') })).entity;
        break;
      case 'merge':
        entity = (await call(ctx, 'entities.correct', { action: 'merge', id, into: entityId(rest[0], 'entity merge ID') })).entity;
        break;
      case 'kind':
        entity = (await call(ctx, 'entities.correct', { action: 'setKind', id, kind: parseKind(rest[0]) })).entity;
        break;
      case 'hide':
      case 'unhide':
        entity = (await call(ctx, 'entities.correct', { action: 'hide', id, hidden: action === 'hide' })).entity;
        break;
      default:
        throw new UsageError(`entity needs one of show, rename, merge, kind, hide, unhide, mark, reextract, not "${action ?? ''}"`);
    }
    if (ctx.options.json) ctx.print(JSON.stringify({ entity }));
    else ctx.print(`${String(entity.id).padStart(6)}  ${entity.kind.padEnd(6)}  ${entity.name}${entity.hidden ? ' (hidden)' : ''}`);
    return 0;
  },
};

/** What an export from another app (or a Dossier library) brought, in one line. */
function describeMoved(m: MovedCounts): string {
  const from = m.app === 'dossier' ? 'a Dossier library' : `${m.app[0]!.toUpperCase()}${m.app.slice(1)}`;
  return (
    `${from}: ${m.entries} entries, ${m.added} added${m.waiting ? ` (${m.waiting} waiting for their page)` : ''}, ${m.matched} matched to articles already here; ` +
    `highlights: ${m.highlights} placed, ${m.existing} already here, ${m.orphaned} kept orphaned`
  );
}

/** Marks a span the extractor missed as an entity: a correction kept through re-import and re-extraction. */
async function markSpan(ctx: CommandContext, articleArg: string | undefined): Promise<number> {
  const articleId = wholeNumber(articleArg, 'entity mark: the article id');
  const { quote, occurrence, name } = ctx.options;
  if (!quote) throw new UsageError('entity mark needs --quote "the text to mark" and --kind person|place|org');
  const kind = parseKind(ctx.options.kind);
  const { article } = await call(ctx, 'articles.get', { id: articleId });
  let span;
  try {
    span = findQuote(article.body, quote, occurrence === undefined ? undefined : wholeNumber(occurrence, '--occurrence'));
  } catch (err) {
    if (err instanceof QuoteError) throw new UsageError(`article ${articleId}: ${err.message}${err.reason === 'ambiguous' ? ' (give --occurrence N)' : ''}`);
    throw err;
  }
  const { entity } = await call(ctx, 'entities.correct', {
    action: 'addSpan',
    articleId,
    ...span,
    target: { kind, name: name ?? article.body.slice(span.start, span.end) },
  });
  if (ctx.options.json) ctx.print(JSON.stringify({ entity }));
  else ctx.print(`${String(entity.id).padStart(6)}  ${entity.kind.padEnd(6)}  ${entity.name}  (marked at ${span.start}-${span.end} in article ${articleId})`);
  return 0;
}

/** Re-extracts every article's entities, waiting for the background job the reader would poll. */
async function reextract(ctx: CommandContext): Promise<number> {
  const { jobId } = await call(ctx, 'entities.reextract', { all: true });
  let status = jobId === null ? null : await call(ctx, 'entities.reextractStatus', { jobId });
  while (status && !status.finished) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = await call(ctx, 'entities.reextractStatus', { jobId: status.id });
  }
  if (status?.error) throw new Error(status.error);
  if (ctx.options.json) ctx.print(JSON.stringify({ articles: status?.total ?? 0 }));
  else ctx.print(`re-extracted the entities of ${status?.total ?? 0} articles`);
  return 0;
}
