import type { RefObject } from 'react';
import { HIGHLIGHT_COLORS } from '../../../electron/common/shapes/highlightColors';
import { colorName, type Meanings } from '../annotate/useColorMeanings';
import { SearchInput } from '../search/SearchInput';
import type { HighlightFilter, HighlightSort } from './useHighlightRows';
import type { TagSummary } from './useTags';

interface Props {
  filter: HighlightFilter;
  /** The words box changes `text`, the chips `colors` and `tags`, the menu `sort`. */
  onFilter(change: Partial<Omit<HighlightFilter, 'query'>>): void;
  /** The article query is the reader's own search, so the filter pane narrows the highlights too. */
  onQuery(query: string): void;
  meanings: Meanings | null;
  tags: TagSummary[] | null;
  textRef: RefObject<HTMLInputElement | null>;
}

const SORTS: { value: HighlightSort; label: string }[] = [
  { value: 'created-desc', label: 'Newest first' },
  { value: 'created-asc', label: 'Oldest first' },
  { value: 'article', label: 'By article' },
];

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** The highlights' filters: words, the articles' query, colours, tags and order. */
export function HighlightFilters({ filter, onFilter, onQuery, meanings, tags, textRef }: Props) {
  return (
    <div className="hlv-filters">
      <SearchInput
        ref={textRef}
        value={filter.text}
        onChange={(text) => onFilter({ text })}
        label="Words in highlights and notes"
        placeholder="Words in highlights and notes  ( / )"
        leaveOnEscape
      />
      <div className="hlv-article-query">
        <SearchInput value={filter.query} onChange={onQuery} label="In articles matching" placeholder="In all articles (source: person: after: …)" />
        {filter.query !== '' && (
          <button type="button" className="link-button" onClick={() => onQuery('')}>
            All articles
          </button>
        )}
      </div>
      <div className="hlv-chips" role="group" aria-label="Colours">
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            className="hlv-chip"
            aria-pressed={filter.colors.includes(c)}
            onClick={() => onFilter({ colors: toggled(filter.colors, c) })}
          >
            <span className={`color-dot hl-${c}`} aria-hidden="true" />
            {colorName(c, meanings)}
          </button>
        ))}
      </div>
      {tags && tags.length > 0 && (
        <div className="hlv-chips hlv-tag-chips" role="group" aria-label="Tags">
          {tags.map((t) => (
            <button
              key={t.id}
              type="button"
              className="hlv-chip"
              aria-pressed={filter.tags.includes(t.name)}
              onClick={() => onFilter({ tags: toggled(filter.tags, t.name) })}
            >
              #{t.name}
            </button>
          ))}
        </div>
      )}
      <label className="hlv-sort">
        Order{' '}
        <select value={filter.sort} onChange={(e) => onFilter({ sort: e.target.value as HighlightSort })}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
