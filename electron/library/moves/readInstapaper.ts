import { isoTime, movedItem, type MovedItem } from './MovedExport';
import type { CsvRow } from './readCsv';
import { httpUrl } from './readPocket';

/** Instapaper's own folders, which say where an entry is rather than what it is about. */
const UNREAD = 'unread';
const ARCHIVE = 'archive';
const STARRED = 'starred';

/**
 * Instapaper's CSV export: `URL,Title,Selection,Folder,Timestamp`. Its folders Unread and Archive are the read
 * state and Starred the star; any other folder (the user's own) becomes a tag. The selection is the passage kept
 * with the entry.
 */
export function readInstapaper(rows: CsvRow[]): MovedItem[] {
  return rows.flatMap((row) => {
    const url = httpUrl(row.url);
    if (!url) return [];
    const folder = (row.folder ?? '').trim();
    const system = folder.toLowerCase();
    return [
      movedItem({
        key: url,
        url,
        title: row.title?.trim() || null,
        tags: folder && ![UNREAD, ARCHIVE, STARRED].includes(system) ? [folder] : [],
        added: isoTime(row.timestamp),
        read: system === ARCHIVE ? true : system === UNREAD ? false : null,
        starred: system === STARRED,
        excerpt: (row.selection ?? '').trim(),
      }),
    ];
  });
}
