import { parseQuery } from '../../common/query/queryParser';
import { isShelf } from '../../common/query/shelves';
import { normalizeTag } from '../../common/tagNames';
import { tagged } from '../annotations/HighlightQuery';
import { compileQuery, whereAll, type Sql } from '../query/compileQuery';

/**
 * Which highlights a review draws from: those in the articles the query finds, in the search box's language
 * (`source:`, `person:`, `tag:`, dates…), where `color:` and `tag:` name the highlight itself (a tag on it or on its
 * article), as in All highlights, rather than an article holding such a highlight. Archived articles are reviewed
 * too, since archiving an article is no reason to forget it; the Trash only when the query's `is:` asks for it.
 */
export function reviewCandidates(query: string): { where: Sql; hints: string[] } {
  const parsed = parseQuery(query);
  const asksForShelf = parsed.filters.some((f) => f.field === 'is' && isShelf(f.value));
  const compiled = compileQuery(parsed, ['color', 'tag'], asksForShelf);
  const hints = [...compiled.hints];
  const parts: Sql[] = [whereAll(compiled), ...(asksForShelf ? [] : [{ sql: 'a.trashed_at IS NULL', params: [] }])];
  // Two colours can only mean either; two tags mean both, as in the search box.
  const colors = parsed.filters.flatMap((f) => (f.field === 'color' && !f.negated ? [f.value.toLowerCase()] : []));
  if (colors.length > 0) parts.push({ sql: `h.color IN (${colors.map(() => '?').join(', ')})`, params: colors });
  for (const filter of parsed.filters) {
    if (filter.field === 'color' && filter.negated) parts.push({ sql: 'h.color <> ?', params: [filter.value.toLowerCase()] });
    if (filter.field !== 'tag') continue;
    try {
      const sql = tagged(normalizeTag(filter.value));
      parts.push(filter.negated ? { sql: `NOT ${sql.sql}`, params: sql.params } : sql);
    } catch (err) {
      hints.push(err instanceof Error ? err.message : String(err));
      parts.push({ sql: '0', params: [] });
    }
  }
  return { where: { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) }, hints: [...new Set(hints)] };
}
