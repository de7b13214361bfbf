import type { ReactNode } from 'react';

interface Props {
  label: string;
  count: number | null;
  active: boolean;
  onClick(): void;
  /** Further controls on the line, such as a delete button. */
  extra?: ReactNode;
}

/** One clickable line of the filter pane: a name and its count; pressed while its filter is in the query. */
export function FacetEntry({ label, count, active, onClick, extra }: Props) {
  return (
    <li>
      <button type="button" className={`facet${active ? ' active' : ''}`} aria-pressed={active} onClick={onClick}>
        <span className="facet-label">{label}</span>
        <span className="facet-count">{count?.toLocaleString() ?? ''}</span>
      </button>
      {extra}
    </li>
  );
}
