import { useState } from 'react';
import { addOperator, hasOperator, removeOperator, type OperatorRef } from '../../../electron/common/query/queryEdit';
import type { AnnotationChange } from '../annotate/annotationChange';
import { FeedsSection } from '../feeds/FeedsSection';
import { AllHighlightsEntry } from '../highlights/AllHighlightsEntry';
import { type FacetListName, type FacetWindows, useFacets } from './useFacets';
import { DateHistogram } from './DateHistogram';
import { FacetEntry } from './FacetEntry';
import { FacetSection } from './FacetSection';
import { SavedViews } from './SavedViews';
import './filters.css';

interface Props {
  query: string;
  /**
   * The query whose articles the list shows: the counts follow it rather than the text as it is typed, so that
   * counting never holds up the list's own request, and they end on the same query as the list.
   */
  listedQuery: string | null;
  /** The list is asking for a newer query, whose counts will follow its answer. */
  listBusy: boolean;
  onQuery(query: string): void;
  /** Moves whenever an article's read or starred state changed, so the counts are fetched again. */
  changes: number;
  /** The last stored change to an article's annotations: the counts that can see it are fetched again. */
  annotated: AnnotationChange | null;
  /** Whether "All highlights" stands in for the article list. */
  highlightsOpen: boolean;
  onToggleHighlights(): void;
  onManageTags(): void;
  /** Articles came or changed other than by the list (a feed refreshed). */
  onLibraryChanged(): void;
}

const TOP = 8;
const initialWindows = Object.fromEntries(
  (['sources', 'people', 'places', 'orgs', 'tags'] as const).map((name) => [name, { limit: TOP, contains: '' }]),
) as FacetWindows;

const LISTS: { name: FacetListName; title: string; operator: OperatorRef['name']; empty: string }[] = [
  { name: 'sources', title: 'Sources', operator: 'source', empty: 'No source named yet.' },
  { name: 'people', title: 'People', operator: 'person', empty: 'No people found yet.' },
  { name: 'places', title: 'Places', operator: 'place', empty: 'No places found yet.' },
  { name: 'orgs', title: 'Organisations', operator: 'org', empty: 'No organisations found yet.' },
  { name: 'tags', title: 'Tags', operator: 'tag', empty: 'No tags yet.' },
];

// The library's entries are one choice: picking one replaces the others (their counts are made that way).
const UNREAD: OperatorRef = { name: 'is', value: 'unread' };
const STARRED: OperatorRef = { name: 'is', value: 'starred' };
const NOTES: OperatorRef = { name: 'has', value: 'notes' };
const ARCHIVED: OperatorRef = { name: 'is', value: 'archived' };
const TRASHED: OperatorRef = { name: 'is', value: 'trashed' };
const LIBRARY_OPERATORS: OperatorRef[] = [UNREAD, STARRED, NOTES, ARCHIVED, TRASHED, { name: 'is', value: 'read' }, { name: 'has', value: 'highlights' }];

function chooseLibrary(query: string, op: OperatorRef | null): string {
  const cleared = LIBRARY_OPERATORS.reduce(removeOperator, query);
  return op && !hasOperator(query, op) ? addOperator(cleared, op) : cleared;
}

/** The left pane: saved searches, the library, the lists of names and the dates, all counted for the current query. */
export function FilterPane({
  query,
  listedQuery,
  listBusy,
  onQuery,
  changes,
  annotated,
  highlightsOpen,
  onToggleHighlights,
  onManageTags,
  onLibraryChanged,
}: Props) {
  const [windows, setWindows] = useState(initialWindows);
  const { facets, error, busy } = useFacets(listedQuery, windows, changes, annotated);
  const library = facets?.library;
  const libraryEntry = (label: string, op: OperatorRef | null, count: number | undefined) => (
    <FacetEntry
      label={label}
      count={count ?? null}
      active={op ? hasOperator(query, op) : !LIBRARY_OPERATORS.some((o) => hasOperator(query, o))}
      onClick={() => onQuery(chooseLibrary(query, op))}
    />
  );

  return (
    <nav className="filter-pane" aria-label="Filters" aria-busy={busy || listBusy}>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <section aria-label="Library">
        <h2>Library</h2>
        <ul>
          {libraryEntry('All articles', null, library?.all)}
          {libraryEntry('Unread', UNREAD, library?.unread)}
          {libraryEntry('Starred', STARRED, library?.starred)}
          {libraryEntry('With notes', NOTES, library?.notes)}
          <AllHighlightsEntry active={highlightsOpen} annotated={annotated} onClick={onToggleHighlights} />
          {libraryEntry('Archived', ARCHIVED, library?.archived)}
          {libraryEntry('Trash', TRASHED, library?.trashed)}
        </ul>
      </section>
      <SavedViews query={query} onQuery={onQuery} changes={changes} annotated={annotated} />
      <FeedsSection query={query} onQuery={onQuery} onLibraryChanged={onLibraryChanged} />
      {LISTS.map(({ name, title, operator, empty }) => (
        <FacetSection
          key={name}
          title={title}
          operator={operator}
          list={facets?.lists[name]}
          window={windows[name]}
          onWindow={(w) => setWindows((all) => ({ ...all, [name]: w }))}
          empty={empty}
          query={query}
          onQuery={onQuery}
        >
          {name === 'tags' && (
            <button type="button" className="link-button show-more" onClick={onManageTags}>
              Manage tags
            </button>
          )}
        </FacetSection>
      ))}
      <section aria-label="Dates">
        <h2>Dates</h2>
        {facets && <DateHistogram dates={facets.dates} query={query} onQuery={onQuery} />}
      </section>
    </nav>
  );
}
