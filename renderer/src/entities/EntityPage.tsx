import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';
import { formatDate } from '../article/format';
import { EntityCorrections } from './EntityCorrections';
import { KIND_LABEL } from './EntityLegend';

type Page = ResponseOf<'entities.page'>;
type ArticleRef = Page['articles'][number];

interface Props {
  id: number;
  onClose(): void;
  onOpenArticle(id: number): void;
}

const DAY = 86_400_000;

function byYear(articles: readonly ArticleRef[]): Array<[string, ArticleRef[]]> {
  const years = new Map<string, ArticleRef[]>();
  for (const a of articles) {
    const year = a.published?.slice(0, 4) ?? 'Undated';
    years.set(year, [...(years.get(year) ?? []), a]);
  }
  return [...years];
}

/** A dot per dated article along the span from the first to the last, so clusters (a visit, a summit) show. */
function TimeAxis({ articles }: { articles: readonly ArticleRef[] }) {
  const times = articles.flatMap((a) => (a.published ? [Date.parse(a.published)] : []));
  if (times.length === 0) return null;
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const day = (t: number) => formatDate(new Date(t).toISOString().slice(0, 10));
  // One date is no span: said in words, not drawn as "Sep 3, 2025 … Sep 3, 2025".
  if (day(first) === day(last))
    return (
      <p className="entity-axis-single">
        {times.length === 1 ? `One dated article, from ${day(first)}.` : `All ${times.length} dated articles are from ${day(first)}.`}
      </p>
    );
  const span = Math.max(last - first, DAY);
  return (
    <div className="entity-axis" aria-hidden="true">
      {times.map((t, i) => (
        <span key={i} className="entity-axis-dot" style={{ left: `${((t - first) / span) * 100}%` }} />
      ))}
      <span className="entity-axis-label start">{day(first)}</span>
      <span className="entity-axis-label end">{day(last)}</span>
    </div>
  );
}

/** An entity: every article mentioning it by date (optionally only those also mentioning another), and its companions. */
export function EntityPage({ id, onClose, onOpenArticle }: Props) {
  const [withId, setWithId] = useState<number | null>(null);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped after a correction, so the page shows the corrected entity.
  const [revision, setRevision] = useState(0);
  useEffect(() => setWithId(null), [id]);
  useEffect(() => {
    let current = true;
    api.invoke('entities.page', { id, with: withId, limit: 500 }).then(
      (r) => current && setPage(r),
      (err: Error) => current && setError(err.message),
    );
    return () => void (current = false);
  }, [id, withId, revision]);

  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!page) return <p className="empty">Loading…</p>;
  const { entity } = page;
  return (
    <section className="entity-page" aria-label={`${KIND_LABEL[entity.kind]}: ${entity.name}`}>
      <button type="button" className="entity-back" onClick={onClose} autoFocus>
        ← Back to the article
      </button>
      <h1>{entity.name}</h1>
      <p className="byline">
        {KIND_LABEL[entity.kind]} · mentioned in {entity.articleCount} {entity.articleCount === 1 ? 'article' : 'articles'}
        {entity.aliases.length > 0 && ` · also ${entity.aliases.join(', ')}`}
      </p>
      <EntityCorrections entity={entity} onChanged={() => setRevision((r) => r + 1)} onGone={onClose} />
      {page.with && (
        <p className="entity-with">
          Only the {page.total} {page.total === 1 ? 'article' : 'articles'} also mentioning {page.with.name}.{' '}
          <button type="button" onClick={() => setWithId(null)}>
            Show all
          </button>
        </p>
      )}
      <h2>Articles over time</h2>
      <TimeAxis articles={page.articles} />
      {byYear(page.articles).map(([year, articles]) => (
        <section key={year} className="entity-year" aria-label={year}>
          <h3>{year}</h3>
          <ol className="entity-timeline">
            {articles.map((a) => (
              <li key={a.id}>
                <time dateTime={a.published ?? undefined}>{formatDate(a.published) ?? '—'}</time>
                <span>
                  <button type="button" className="entity-article" onClick={() => onOpenArticle(a.id)}>
                    {a.title}
                  </button>
                  {a.source && <span className="entity-source"> · {a.source}</span>}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {page.total > page.articles.length && (
        <p className="hint">
          The first {page.articles.length} of {page.total} articles.
        </p>
      )}
      <h2>Most often mentioned with it</h2>
      <ul className="entity-cooccurring">
        {page.cooccurring.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className={`entity-mark entity-${c.kind}`}
              aria-label={`${c.name} (${KIND_LABEL[c.kind].toLowerCase()})`}
              aria-pressed={page.with?.id === c.id}
              onClick={() => setWithId(c.id)}
            >
              {c.name}
            </button>{' '}
            <span className="entity-count">
              {c.articleCount} {c.articleCount === 1 ? 'article' : 'articles'} together
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
