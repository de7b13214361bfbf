import type { Highlight } from '../../common/shapes/highlightShapes';
import type { HighlightColor } from '../../common/shapes/highlightColors';

/** The columns every highlight read selects, from `highlights h`; tags come as a JSON array in name order. */
export const HIGHLIGHT_COLUMNS = `h.id, h.uuid, h.article_id AS articleId, h.exact AS quote, h.prefix, h.suffix, h.start, h.end,
  h.color, h.note, h.created_at AS created, h.updated_at AS modified, h.version,
  (SELECT json_group_array(name) FROM (SELECT t.name FROM highlight_tags x JOIN tags t ON t.id = x.tag_id
    WHERE x.highlight_id = h.id ORDER BY t.name COLLATE NOCASE)) AS tags`;

export const HIGHLIGHT_SELECT = `SELECT ${HIGHLIGHT_COLUMNS} FROM highlights h`;

export interface HighlightRow extends Omit<Highlight, 'tags' | 'orphaned' | 'color'> {
  color: string;
  tags: string;
}

export function toHighlight(row: HighlightRow): Highlight {
  return { ...row, color: row.color as HighlightColor, tags: JSON.parse(row.tags) as string[], orphaned: row.start === null };
}
