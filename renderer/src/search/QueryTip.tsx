import { Lightbulb, X } from 'lucide-react';

/** One example each of people and dates, phrases and exclusions, and the library's states with an order. */
const EXAMPLES: [string, string][] = [
  ['person:"Xi Jinping" after:2025-01', 'who, and since when'],
  ['"joint projects" -Russia', 'a phrase, without a word'],
  ['is:unread sort:published-asc', 'unread, oldest first'],
];

interface Props {
  /** Puts an example in the search box. */
  onTry(query: string): void;
  onDismiss(): void;
}

/** Above the list, never over the article: what the search box understands beyond words, until the user closes it. */
export function QueryTip({ onTry, onDismiss }: Props) {
  return (
    <aside className="query-tip" aria-label="Search tip">
      <Lightbulb className="query-tip-icon" size={15} aria-hidden="true" />
      <div>
        <p className="query-tip-lead">Search with more than words, for example:</p>
        <ul>
          {EXAMPLES.map(([query, what]) => (
            <li key={query}>
              <button type="button" className="query-tip-example" onClick={() => onTry(query)}>
                <code>{query}</code>
              </button>{' '}
              <span className="query-tip-what">{what}</span>
            </li>
          ))}
        </ul>
        <p className="query-tip-more">
          More with <kbd>?</kbd>: <code>source:</code> <code>tag:</code> <code>has:notes</code> <code>color:</code>…
        </p>
      </div>
      <button type="button" className="query-tip-close" aria-label="Close the search tip" title="Close the search tip" onClick={onDismiss}>
        <X size={15} aria-hidden="true" />
      </button>
    </aside>
  );
}
