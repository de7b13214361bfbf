import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers/createHandlers';
import type { Handlers } from '../../electron/api/handlers/Handlers';
import type { Channel } from '../../electron/common/contract/contract';
import { type Library } from '../../electron/library/Library';
import { facetChannel, pageChannel, requestFor, takesQuery } from './apiChannels';
import { errorMessage, round, summarize, timed, type Summary } from './stats';

/**
 * Representative queries, the list among them; the words are frequent in Brown's press sections, so each
 * has hits at any size.
 */
export const QUERIES: Record<string, string> = {
  empty: '',
  oneWord: 'election',
  commonPhrase: '"the president"',
  notWord: 'foreign -policy',
  orWithFilter: 'is:unread money OR bank',
  sortByTitle: 'said sort:title',
  twoWords: 'tax bill',
  phrase: '"White House"',
  prefix: 'legislat*',
  fieldAndText: 'source:Xinhua president',
  dateRange: 'after:2019-01-01 before:2021-01-01 budget',
  facetHeavy: 'said',
};

export const PAGE_SIZE = 50;
/** Per query and channel: a slow app should give a report with fewer runs, not a bench that runs for an hour. */
const BUDGET_MS = 15_000;
const MIN_RUNS = 3;

/** The first call (statements prepared, pages cold) apart, then the warm runs. */
export type Timing = Summary & { coldMs: number };

export interface QueryFigures {
  pageChannel: Channel;
  facetChannel: Channel | null;
  /** False when the facet channel ignores the query (facets.sources): its figure is then not per query. */
  facetsFollowQuery: boolean;
  queries: Record<
    string,
    | {
        query: string;
        total: number | null;
        page: Timing;
        facets: Timing | string;
        pageFirstAsk: Timing;
        facetsFirstAsk: Timing | string;
        pageAfterText: Timing;
        facetsAfterText: Timing | string;
        pageAfterImport: Timing;
        facetsAfterImport: Timing | string;
      }
    | { query: string; error: string }
  >;
  worstPageP95Ms: number | null;
  worstFacetsP95Ms: number | null;
  /** The same, each ask after an article is marked read or unread: what the list's and the pane's last answers no longer hold. */
  worstPageFirstAskP95Ms: number | null;
  worstFacetsFirstAskP95Ms: number | null;
  firstAsk: string;
  /** The same, each ask after an article's text is written again: nothing kept from the index holds then. */
  worstPageAfterTextP95Ms: number | null;
  worstFacetsAfterTextP95Ms: number | null;
  afterText: string;
  /** The same, each ask after an article is added: the index and what the pane counts both changed. */
  worstPageAfterImportP95Ms: number | null;
  worstFacetsAfterImportP95Ms: number | null;
  afterImport: string;
}

/** Runs one request through validation and the handler, as the app's IPC and HTTP layers do. */
export async function call(handlers: Handlers, channel: Channel, request: unknown): Promise<{ ms: number; data: unknown }> {
  const { ms, value } = await timed(() => dispatch(handlers, channel, request));
  if (!value.ok) throw new Error(`${channel}: ${value.error.code}: ${value.error.message}`);
  return { ms, data: value.data };
}

/** The handler table browser mode builds, so the bench measures what the renderer calls. */
export function handlersFor(library: Library): Handlers {
  return createHandlers({ library, version: 'bench', mode: 'browser' });
}

/** p50/p95 of the first results page (with snippets) and of the facet counts, per query, on an open library. */
export async function queryBench(library: Library, runs: number): Promise<QueryFigures> {
  const handlers = handlersFor(library);
  const page = pageChannel();
  const facets = facetChannel();
  const figures: QueryFigures = {
    pageChannel: page,
    facetChannel: facets,
    facetsFollowQuery: facets !== null && takesQuery(facets),
    queries: {},
    worstPageP95Ms: null,
    worstFacetsP95Ms: null,
    worstPageFirstAskP95Ms: null,
    worstFacetsFirstAskP95Ms: null,
    firstAsk:
      "each ask follows an article marked read or unread, in turn: the queries' rankings and counts are found again from what is kept while the text index is unchanged (the match's ranking, the matching ids), the filter counts' per-article table is updated in place",
    worstPageAfterTextP95Ms: null,
    worstFacetsAfterTextP95Ms: null,
    afterText:
      "each ask follows an article's title edited, a word added or taken off in turn (the text index deletes and adds it): a match's kept ranking is patched (its rows and the changed article scored again) where only the rows no other article can have overtaken are kept, else every match is scored again; the match's ids and the library's title order are patched too (the changed article taken out and put back); the filter counts' per-article table is kept",
    worstPageAfterImportP95Ms: null,
    worstFacetsAfterImportP95Ms: null,
    afterImport:
      "each ask follows a new article written as the import writes it, with common words in its text: the rankings are patched as after a text changed, and the new article's values are added to the filter counts' per-article table",
  };
  // The filter pane asks its counts as the app opens, which builds the per-article table the list's filters are then
  // also tested on: asked once here too, so that each query is timed as in a reader at work (start-up has its own figures).
  if (facets) await call(handlers, facets, requestFor(facets, '', PAGE_SIZE));
  const article = library.db.prepare('SELECT max(id) FROM articles').pluck().get() as number;
  // Written again with the same text, the index would hold it as it did: nothing would have changed for the queries.
  const rewrite = library.db.prepare(
    "UPDATE articles SET title = CASE WHEN title LIKE '% (revised)' THEN substr(title, 1, length(title) - 10) ELSE title || ' (revised)' END WHERE id = ?",
  );
  let tick = 0;
  const after = <T>(change: () => void, run: () => Promise<T>): (() => Promise<T>) => {
    return () => {
      change();
      return run();
    };
  };
  const markRead = () => library.reading.setRead([article], ++tick % 2 === 0);
  const rewriteText = () => rewrite.run(article);
  // Another run on the same library (the memory probe's, after the scale run's) adds articles of its own names.
  const run = `${process.pid}-${Date.now()}`;
  const addArticle = () => {
    const n = ++tick;
    const body = `The minister said on Monday that the president, the bank and the election budget were discussed (${n}).`;
    const fields = { title: `Added ${n}`, published: '2021-03-04', source: 'Xinhua', author: null, dateline: null, language: 'en', url: null, tags: [] };
    library.articles.insert(
      {
        file: `/bench/added/${run}/${n}.txt`,
        contentHash: `bench-added-${run}-${n}`,
        article: { ...fields, blocks: [{ kind: 'p', text: body }] },
        body,
        wordCount: 18,
      },
      new Date().toISOString(),
    );
  };
  const worst = (current: number | null, timing: Timing | string) => (typeof timing === 'string' ? current : Math.max(current ?? 0, timing.p95Ms));
  for (const [name, query] of Object.entries(QUERIES)) {
    try {
      const pageRequest = requestFor(page, query, PAGE_SIZE);
      let total: number | null = null;
      const pageTiming = await measure(runs, async () => {
        const { ms, data } = await call(handlers, page, pageRequest);
        total ??= totalOf(data);
        return ms;
      });
      const askPage = async () => (await call(handlers, page, pageRequest)).ms;
      const pageFirstAsk = await measure(runs, after(markRead, askPage));
      const pageAfterText = await measure(runs, after(rewriteText, askPage));
      const pageAfterImport = await measure(runs, after(addArticle, askPage));
      let facetTiming: Timing | string = 'no facet channel in the contract';
      let facetsFirstAsk: Timing | string = facetTiming;
      let facetsAfterText: Timing | string = facetTiming;
      let facetsAfterImport: Timing | string = facetTiming;
      if (facets) {
        const facetRequest = requestFor(facets, query, PAGE_SIZE);
        const ask = async () => (await call(handlers, facets, facetRequest)).ms;
        facetTiming = await measure(runs, ask).catch(errorMessage);
        facetsFirstAsk = await measure(runs, after(markRead, ask)).catch(errorMessage);
        facetsAfterText = await measure(runs, after(rewriteText, ask)).catch(errorMessage);
        facetsAfterImport = await measure(runs, after(addArticle, ask)).catch(errorMessage);
      }
      figures.queries[name] = {
        query,
        total,
        page: pageTiming,
        facets: facetTiming,
        pageFirstAsk,
        facetsFirstAsk,
        pageAfterText,
        facetsAfterText,
        pageAfterImport,
        facetsAfterImport,
      };
      figures.worstPageP95Ms = worst(figures.worstPageP95Ms, pageTiming);
      figures.worstFacetsP95Ms = worst(figures.worstFacetsP95Ms, facetTiming);
      figures.worstPageFirstAskP95Ms = worst(figures.worstPageFirstAskP95Ms, pageFirstAsk);
      figures.worstFacetsFirstAskP95Ms = worst(figures.worstFacetsFirstAskP95Ms, facetsFirstAsk);
      figures.worstPageAfterTextP95Ms = worst(figures.worstPageAfterTextP95Ms, pageAfterText);
      figures.worstFacetsAfterTextP95Ms = worst(figures.worstFacetsAfterTextP95Ms, facetsAfterText);
      figures.worstPageAfterImportP95Ms = worst(figures.worstPageAfterImportP95Ms, pageAfterImport);
      figures.worstFacetsAfterImportP95Ms = worst(figures.worstFacetsAfterImportP95Ms, facetsAfterImport);
    } catch (err) {
      figures.queries[name] = { query, error: errorMessage(err) };
    }
  }
  return figures;
}

async function measure(runs: number, run: () => Promise<number>): Promise<Timing> {
  const coldMs = await run();
  const ms: number[] = [];
  const start = performance.now();
  while (ms.length < runs && (ms.length < MIN_RUNS || performance.now() - start < BUDGET_MS)) ms.push(await run());
  return { ...summarize(ms), coldMs: round(coldMs) };
}

function totalOf(data: unknown): number | null {
  const total = (data as { total?: unknown }).total;
  return typeof total === 'number' ? total : null;
}
