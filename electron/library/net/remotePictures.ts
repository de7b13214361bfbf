import { createHash } from 'node:crypto';
import type { PictureResolver } from '../parse/localPictures';
import { dataUrlBytes, keepPicture, MAX_ARTICLE_PICTURE_BYTES, MAX_PICTURE_BYTES, type PictureFile } from '../parse/pictureBytes';
import type { Block, ParsedArticle } from '../parse/types';
import { FetchError, fetchResource } from './fetchResource';

const PICTURE_ACCEPT = 'image/avif,image/webp,image/png,image/jpeg,image/gif,image/svg+xml;q=0.9,image/*;q=0.8';
/** Pictures of one article fetched at once; each host still gets at most two requests at a time. */
const PARALLEL = 4;
/** Copies of one picture tried, best first, before it is given up. */
const TRIES = 2;
const PICTURE_TIMEOUT_MS = 15_000;

/**
 * What the copies fetched for one refresh or save came to, by address: a picture every item of a feed shows (its
 * logo, an author's portrait) is fetched once, and a copy named twice in one article too.
 */
export type FetchedPictures = Map<string, Promise<PictureFile | null>>;

/**
 * An article read from the web, with its pictures fetched once, here, so the reader never asks the network for one.
 * `parse` reads the page with the resolver it is given, which keeps only http(s) copies (resolved against `pageUrl`)
 * and small inlined data: ones; each picture the article then shows is fetched through the library's fetcher
 * (sizes capped per picture and per article, types told by their bytes, tracking pixels dropped). A picture that
 * cannot be had never fails the article: its block keeps its caption and alt text, without a picture.
 */
export async function withRemotePictures(
  pageUrl: string | null,
  parse: (resolve: PictureResolver) => ParsedArticle,
  { fetch = fetchResource, fetched = new Map() }: { fetch?: typeof fetchResource; fetched?: FetchedPictures } = {},
): Promise<ParsedArticle> {
  const wanted = new Map<string, string[]>();
  const resolve: PictureResolver = (sources) => {
    const usable = sources.flatMap((s) => usableAddress(s, pageUrl));
    if (usable.length === 0) return undefined;
    const key = createHash('sha256')
      .update(`remote\0${usable.join('\n')}`)
      .digest('hex');
    wanted.set(key, usable);
    return key;
  };
  const article = parse(resolve);
  const keys = [...new Set(article.blocks.flatMap((b) => (b.picture?.hash && wanted.has(b.picture.hash) ? [b.picture.hash] : [])))];
  const fetchedByKey = new Map<string, PictureFile>();
  // Bytes of the copies fetched so far: once they pass the article's total, the pictures still queued (all later in
  // the article than those fetched) could not be kept, so they are not asked for.
  let fetchedBytes = 0;
  const fetchOne = async (key: string) => {
    for (const address of wanted.get(key)!.slice(0, TRIES)) {
      if (!fetched.has(address))
        fetched.set(
          address,
          pictureBytes(address, fetch).then((bytes) => bytes && keepPicture(bytes)),
        );
      const kept = await fetched.get(address)!;
      if (!kept) continue;
      fetchedBytes += kept.bytes.length;
      return void fetchedByKey.set(key, kept);
    }
  };
  const queue = [...keys];
  await Promise.all(
    Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
      for (let key = queue.shift(); key !== undefined && fetchedBytes <= MAX_ARTICLE_PICTURE_BYTES; key = queue.shift()) await fetchOne(key);
    }),
  );
  // The total is applied in the article's order, whatever order the fetches ended in: the pictures kept are the
  // first ones, each counted once, up to the first that would pass it.
  const found = new Map<string, PictureFile>();
  const counted = new Set<string>();
  let total = 0;
  for (const key of keys) {
    const kept = fetchedByKey.get(key);
    if (!kept) continue;
    if (!counted.has(kept.hash)) {
      if (total + kept.bytes.length > MAX_ARTICLE_PICTURE_BYTES) break;
      total += kept.bytes.length;
      counted.add(kept.hash);
    }
    found.set(key, kept);
  }
  const blocks = article.blocks.flatMap((b): Block[] => {
    const key = b.picture?.hash;
    if (!key || !wanted.has(key)) return [b];
    const kept = found.get(key);
    if (kept) return [{ ...b, picture: { ...b.picture!, hash: kept.hash } }];
    return b.text || b.picture!.alt ? [{ ...b, picture: { alt: b.picture!.alt } }] : [];
  });
  // Two copies of one picture (a thumbnail's address and the full one's) are kept once.
  return { ...article, blocks, pictures: [...new Map([...found.values()].map((p) => [p.hash, p])).values()] };
}

/** An address to fetch a copy from: http(s) only, resolved against the page; a data: one only when small. */
function usableAddress(source: string, pageUrl: string | null): string[] {
  if (/^data:/i.test(source)) return dataUrlBytes(source) ? [source] : [];
  try {
    const url = new URL(source, pageUrl ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? [url.href] : [];
  } catch {
    return [];
  }
}

/** A copy's bytes, or null when it cannot be had (refused, failed, too large, not answered with content). */
async function pictureBytes(address: string, fetch: typeof fetchResource): Promise<Uint8Array | null> {
  if (/^data:/i.test(address)) return dataUrlBytes(address);
  try {
    const fetched = await fetch(address, { accept: PICTURE_ACCEPT, maxBytes: MAX_PICTURE_BYTES, timeoutMs: PICTURE_TIMEOUT_MS });
    return fetched.status >= 200 && fetched.status < 300 ? fetched.body : null;
  } catch (err) {
    // Offline, refused, too large, redirected to another scheme: the article goes on without it.
    if (err instanceof FetchError) return null;
    throw err;
  }
}
