import type { Library } from '../../Library';
import type { OpmlFeed } from '../formats/opmlExport';

/**
 * The subscriptions a library export writes as OPML. The library keeps no feeds yet: once it does, this answers
 * them (title, feed address, site address, folder), and the export's feeds.opml holds them with nothing else to change.
 */
export function libraryFeeds(_library: Library): OpmlFeed[] {
  return [];
}
