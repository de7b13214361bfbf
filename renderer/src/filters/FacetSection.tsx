import type { ReactNode } from 'react';
import { hasOperator, toggleOperator } from '../../../electron/common/query/queryEdit';
import type { OperatorName } from '../../../electron/common/query/queryTypes';
import type { Facets, FacetWindow } from './useFacets';
import { SearchInput } from '../search/SearchInput';
import { FacetEntry } from './FacetEntry';

interface Props {
  title: string;
  operator: OperatorName;
  list: Facets['lists']['sources'] | undefined;
  window: FacetWindow;
  onWindow(window: FacetWindow): void;
  /** Said when the list is empty and not filtered. */
  empty: string;
  query: string;
  onQuery(query: string): void;
  /** Controls under the list, such as "Manage tags". */
  children?: ReactNode;
}

const MORE = 25;

/** A list of names with counts (sources, people…): the top ones, "show more", and a filter box once there are more. */
export function FacetSection({ title, operator, list, window, onWindow, empty, query, onQuery, children }: Props) {
  const entries = list?.entries ?? [];
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {(list?.more || window.contains !== '') && (
        <SearchInput
          className="facet-filter"
          value={window.contains}
          onChange={(contains) => onWindow({ ...window, contains })}
          label={`Filter ${title.toLowerCase()}`}
          placeholder={`Filter ${title.toLowerCase()}`}
        />
      )}
      <ul>
        {entries.map((e) => {
          const op = { name: operator, value: e.name };
          return <FacetEntry key={e.name} label={e.name} count={e.count} active={hasOperator(query, op)} onClick={() => onQuery(toggleOperator(query, op))} />;
        })}
      </ul>
      {list && entries.length === 0 && <p className="hint">{window.contains ? 'No name matches.' : empty}</p>}
      {list?.more && (
        <button type="button" className="link-button show-more" onClick={() => onWindow({ ...window, limit: window.limit + MORE })}>
          Show more
        </button>
      )}
      {children}
    </section>
  );
}
