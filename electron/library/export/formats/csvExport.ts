import { stringify } from 'csv-stringify/sync';
import { markdownTag } from './markdownExport';
import type { ExportSet } from './exportTypes';

/** Readwise's CSV import columns, in its order. */
export const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const;

/**
 * Highlights as Readwise imports them: one row each. Readwise has no tag column but reads ".tag" words in a note
 * as tags, so the tags follow the note that way; Location is the highlight's place in its article (1, 2, …), which
 * Readwise sorts by; Date is when it was made, in UTC. `bom` starts the file with a byte-order mark, which
 * spreadsheet programs need to read UTF-8 as such. Article notes have no place in this format.
 */
export function readwiseCsv(set: ExportSet, bom = false): string {
  const rows = set.articles.flatMap((article) =>
    article.highlights.map((h, i) => ({
      Highlight: h.quote,
      Title: article.title,
      Author: article.author ?? article.source ?? '',
      URL: article.url ?? '',
      Note: [h.note.trim(), h.tags.map((t) => `.${markdownTag(t)}`).join(' ')].filter(Boolean).join('\n'),
      Location: String(i + 1),
      Date: h.created.replace('T', ' ').replace(/(\.\d+)?Z$/, ''),
    })),
  );
  return stringify(rows, { header: true, columns: [...READWISE_COLUMNS], bom, record_delimiter: 'windows' });
}
