import { generateOpml, parseOpml, type Opml } from 'feedsmith';
import { decodeText } from '../parse/decodeText';
import { FeedFormatError } from './readFeed';

/** A subscription as OPML carries it: the feed, its name, its site and the folder it sits in (null: none). */
export interface Subscription {
  url: string;
  title: string | null;
  siteUrl: string | null;
  folder: string | null;
}

type Outline = Opml.Outline<string>;

/** The feeds of an OPML file (readers' subscription lists), each with the folder it is filed under; nested folders are joined with "/". */
export function readOpml(bytes: Uint8Array): Subscription[] {
  let document: Opml.Document<string>;
  try {
    document = parseOpml(decodeText(bytes).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new FeedFormatError(`not an OPML file that can be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  const subscriptions: Subscription[] = [];
  const walk = (outlines: Outline[] | undefined, folder: string | null) => {
    for (const outline of outlines ?? []) {
      const url = outline.xmlUrl?.trim();
      if (url) {
        if (!subscriptions.some((s) => s.url === url)) {
          subscriptions.push({ url, title: outline.title?.trim() || outline.text?.trim() || null, siteUrl: outline.htmlUrl?.trim() || null, folder });
        }
      } else {
        const name = (outline.title ?? outline.text)?.trim();
        walk(outline.outlines, name ? (folder ? `${folder}/${name}` : name) : folder);
      }
    }
  };
  walk(document.body?.outlines, null);
  return subscriptions;
}

const TITLE = 'Dossier feeds';
/** feedsmith refuses to write an OPML body without outlines, which a reader with no feeds yet still exports. */
const EMPTY = `<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0">\n  <head>\n    <title>${TITLE}</title>\n  </head>\n  <body/>\n</opml>\n`;

/** Subscriptions as OPML 2.0, each folder an outline holding its feeds; feeds without a folder come after the folders. */
export function writeOpml(subscriptions: readonly Subscription[]): string {
  if (subscriptions.length === 0) return EMPTY;
  const root: Outline[] = [];
  const folders = new Map<string, Outline>();
  const folderOutline = (path: string): Outline => {
    let outline = folders.get(path);
    if (outline) return outline;
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    outline = { text: name, title: name, outlines: [] };
    folders.set(path, outline);
    (slash < 0 ? root : folderOutline(path.slice(0, slash)).outlines!).push(outline);
    return outline;
  };
  const loose: Outline[] = [];
  for (const s of subscriptions) {
    const name = s.title ?? s.url;
    const feed: Outline = { text: name, title: name, type: 'rss', xmlUrl: s.url, ...(s.siteUrl ? { htmlUrl: s.siteUrl } : {}) };
    (s.folder ? folderOutline(s.folder).outlines! : loose).push(feed);
  }
  return generateOpml({ head: { title: TITLE, dateCreated: new Date().toUTCString() }, body: { outlines: [...root, ...loose] } });
}
